using CsCheck;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>An agreement stored as facts and rebuilt answers every question as the original did, and gives back the same facts.</summary>
public sealed class AgreementRebuildProperties
{
    private static readonly LocalDate[] Dates = [.. Enumerable.Range(0, 160).Select(i => new LocalDate(1998, 12, 1).PlusDays(i * 29))];

    [Fact]
    public void A_rebuilt_agreement_answers_every_question_as_the_one_stored()
    {
        StoredAgreementScript.Gen.Sample(
            script =>
            {
                var original = script.Build();

                var rebuilt = Agreement.Rebuild(original.ToFacts());

                AnswersAlike(original, rebuilt);
            },
            iter: PropertySamples.Of(400));
    }

    [Fact]
    public void The_facts_of_a_rebuilt_agreement_equal_the_facts_it_was_rebuilt_from()
    {
        StoredAgreementScript.Gen.Sample(
            script =>
            {
                var facts = script.Build().ToFacts();

                Agreement.Rebuild(facts).ToFacts().Should().Be(facts);
            },
            iter: PropertySamples.Of(400));
    }

    [Fact]
    public void A_rebuilt_agreement_was_loaded_not_changed_so_it_raises_no_domain_events()
    {
        StoredAgreementScript.Gen.Sample(
            script => Agreement.Rebuild(script.Build().ToFacts()).DomainEvents.Should().BeEmpty(),
            iter: PropertySamples.Of(100));
    }

    private static void AnswersAlike(Agreement original, Agreement rebuilt)
    {
        rebuilt.Id.Should().Be(original.Id);
        rebuilt.Title.Should().Be(original.Title);
        rebuilt.Kind.Should().Be(original.Kind);
        rebuilt.Term.Should().Be(original.Term);
        rebuilt.SignedOn.Should().Be(original.SignedOn);
        rebuilt.SigningPlace.Should().Be(original.SigningPlace);
        rebuilt.Ceremony.Should().Be(original.Ceremony);
        rebuilt.Parties.Should().Equal(original.Parties);
        rebuilt.Signatories.Should().Equal(original.Signatories);
        rebuilt.Fields.Should().Equal(original.Fields);
        rebuilt.ContactPersons.Should().Equal(original.ContactPersons);
        rebuilt.Sources.Should().Equal(original.Sources);
        rebuilt.Notes.Should().Equal(original.Notes);
        rebuilt.History.Should().Equal(original.History);
        rebuilt.Retractions.Should().Equal(original.Retractions);
        rebuilt.StatusTimeline.Should().Equal(original.StatusTimeline);
        foreach (var change in original.History.Concat(original.Retractions.Select(retraction => retraction.Retracted)))
        {
            rebuilt.SourcesOf(change).Should().Equal(original.SourcesOf(change));
        }

        foreach (var date in Dates)
        {
            rebuilt.StatusOn(date).Should().Be(original.StatusOn(date));
            rebuilt.PossibilitiesOn(date).Should().Be(original.PossibilitiesOn(date));
            rebuilt.KindOn(date).Should().Be(original.KindOn(date));
            rebuilt.TermEndsOn(date).Should().Be(original.TermEndsOn(date));
            rebuilt.NextAnniversaryOnOrAfter(date).Should().Be(original.NextAnniversaryOnOrAfter(date));
            foreach (var party in original.Parties)
            {
                rebuilt.BindsOn(party.Region, date).Should().Be(original.BindsOn(party.Region, date));
            }
        }

        foreach (var n in new[] { 1, 10, 25, 30 })
        {
            rebuilt.Anniversary(n).Should().Be(original.Anniversary(n));
            rebuilt.AnniversaryFallsOn(n).Should().Be(original.AnniversaryFallsOn(n));
        }
    }
}
