using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations.Rules;

/// <summary>A commitment is owed by one region to another: the region that owes it is not the region it is owed to.</summary>
public sealed class CommitmentPartiesMustDiffer
{
    [Fact]
    public void A_region_cannot_owe_a_commitment_to_itself()
    {
        var trip = GyeonggiToChina();

        var act = () => trip.Commit(Seed.Gyeonggi, Seed.Gyeonggi, "Promise to oneself", PartialDate.Unknown);

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.CommitmentPartiesMustDiffer);
        trip.Commitments.Should().BeEmpty();
    }

    [Fact]
    public void A_refused_commitment_to_oneself_names_the_region_and_the_promise()
    {
        var trip = GyeonggiToChina();

        var act = () => trip.Commit(Seed.Shanghai, Seed.Shanghai, "Take part in the trade fair", PartialDate.InMonth(2025, 11));

        act.Should().Throw<DomainRuleException>().WithMessage("*(CN-SH)*Take part in the trade fair*");
    }
}
