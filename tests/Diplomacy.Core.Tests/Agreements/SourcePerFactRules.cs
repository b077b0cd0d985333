using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>A citation can be attached to the event it supports as well as to the agreement; sources that disagree stay side by side.</summary>
public sealed class SourcePerFactRules
{
    private static readonly SourceReference May = SourceReference.FromCitation("City gazette: upgraded 19 May 2025");
    private static readonly SourceReference June = SourceReference.FromUrl(new Uri("https://example.org/report"), "Daily report: upgraded 19 June 2025");

    private static Agreement UpgradedBetweenMayAndJune()
    {
        var tie = A.FriendshipBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2010, 1, 1);
        tie.Upgrade(PartialDate.Between(new LocalDate(2025, 5, 19), new LocalDate(2025, 6, 19)), AgreementKind.SisterCity);
        return tie;
    }

    [Fact]
    public void Sources_that_disagree_on_an_event_stay_side_by_side()
    {
        var tie = UpgradedBetweenMayAndJune();
        var upgrade = tie.History[^1];

        tie.AddSource(May, upgrade);
        tie.AddSource(June, upgrade);

        tie.SourcesOf(upgrade).Should().Equal(May, June);
    }

    [Fact]
    public void A_source_of_an_event_is_not_a_source_of_the_agreement_or_of_another_event()
    {
        var tie = UpgradedBetweenMayAndJune();
        var agreementSource = SourceReference.FromCitation("GAOK register, 2025");

        tie.AddSource(May, tie.History[^1]);
        tie.AddSource(agreementSource);

        tie.Sources.Should().Equal(agreementSource);
        tie.SourcesOf(tie.History[0]).Should().BeEmpty();
    }

    [Fact]
    public void A_source_attached_twice_to_an_event_is_kept_once()
    {
        var tie = UpgradedBetweenMayAndJune();

        tie.AddSource(May, tie.History[^1]);
        tie.AddSource(May, tie.History[^1]);

        tie.SourcesOf(tie.History[^1]).Should().Equal(May);
    }

    [Fact]
    public void The_sources_of_a_retracted_event_stay_with_it()
    {
        var tie = UpgradedBetweenMayAndJune();
        var upgrade = tie.History[^1];
        tie.AddSource(May, upgrade);

        tie.Retract(upgrade, "the upgrade was of another tie");
        tie.AddSource(June, upgrade);

        tie.SourcesOf(upgrade).Should().Equal(May, June);
    }

    [Fact]
    public void A_source_cannot_be_attached_to_an_event_the_agreement_never_recorded()
    {
        var tie = UpgradedBetweenMayAndJune();
        var stranger = new AgreementResumed(tie.Id, new LocalDate(2026, 1, 1));

        FluentActions.Invoking(() => tie.AddSource(May, stranger)).Should().Throw<ArgumentException>()
            .WithMessage("Agreement TEST-1 never recorded the event *").WithParameterName("fact");
        FluentActions.Invoking(() => tie.AddSource(null!, tie.History[0])).Should().Throw<ArgumentNullException>().WithParameterName("source");
        FluentActions.Invoking(() => tie.AddSource(May, null!)).Should().Throw<ArgumentNullException>().WithParameterName("fact");
        FluentActions.Invoking(() => tie.SourcesOf(null!)).Should().Throw<ArgumentNullException>().WithParameterName("fact");
        tie.SourcesOf(stranger).Should().BeEmpty();
    }
}
