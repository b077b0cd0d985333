using Diplomacy.Core.Agreements;
using Diplomacy.Core.Interchange.Json.Documents;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Interchange.Tests.Json.Fixtures;

/// <summary>Asserts that a loaded register answers every question as the one written did.</summary>
public static class RegisterAnswers
{
    private static readonly LocalDate[] Dates =
        [.. Enumerable.Range(0, 200).Select(i => new LocalDate(1989, 12, 25).PlusDays(i * 97))];

    public static void ShouldAnswerAs(this Register loaded, Register original)
    {
        loaded.ToFacts().Should().Be(original.ToFacts());
        loaded.Directory.Regions.Select(ToDocument.Region).Should().BeEquivalentTo(
            original.Directory.Regions.Select(ToDocument.Region), options => options.WithStrictOrdering());
        loaded.Agreements.Select(agreement => agreement.Id).Should().Equal(original.Agreements.Select(agreement => agreement.Id));
        foreach (var (before, after) in original.Agreements.Zip(loaded.Agreements))
        {
            ShouldAnswerAs(after, before);
        }

        foreach (var region in original.Directory.Regions)
        {
            loaded.TiesOf(region, includeSubregions: true).Select(tie => tie.Id).Should().Equal(
                original.TiesOf(region, includeSubregions: true).Select(tie => tie.Id));
        }

        foreach (var date in Dates)
        {
            loaded.CommitmentsOverdueOn(date).Select(c => (c.Delegation, c.Number)).Should().Equal(
                original.CommitmentsOverdueOn(date).Select(c => (c.Delegation, c.Number)));
        }
    }

    private static void ShouldAnswerAs(Agreement loaded, Agreement original)
    {
        loaded.History.Should().Equal(original.History);
        loaded.Retractions.Should().Equal(original.Retractions);
        loaded.Kind.Should().Be(original.Kind);
        loaded.Ceremony.Should().Be(original.Ceremony);
        loaded.DomainEvents.Should().BeEmpty("a loaded agreement was not changed");
        foreach (var change in original.History.Concat(original.Retractions.Select(r => r.Retracted)))
        {
            loaded.SourcesOf(change).Should().Equal(original.SourcesOf(change));
        }

        foreach (var date in Dates)
        {
            loaded.StatusOn(date).Should().Be(original.StatusOn(date), "the status on {0} of {1}", date, original.Id);
            loaded.PossibilitiesOn(date).Should().Be(original.PossibilitiesOn(date));
            loaded.KindOn(date).Should().Be(original.KindOn(date));
            loaded.TermEndsOn(date).Should().Be(original.TermEndsOn(date));
            foreach (var party in original.Parties)
            {
                loaded.BindsOn(party.Region, date).Should().Be(original.BindsOn(party.Region, date));
            }
        }

        loaded.AnniversaryFallsOn(10).Should().Be(original.AnniversaryFallsOn(10));
    }
}
