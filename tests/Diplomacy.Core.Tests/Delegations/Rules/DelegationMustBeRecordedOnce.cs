using Diplomacy.Core.Delegations;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations.Rules;

/// <summary>A delegation log records a delegation once: no two recorded delegations have the same id.</summary>
public sealed class DelegationMustBeRecordedOnce
{
    [Fact]
    public void A_log_records_a_delegation_id_once()
    {
        var log = new DelegationLog();
        log.Record(GyeonggiToChina());

        var act = () => log.Record(GyeonggiToChina());

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.DelegationMustBeRecordedOnce);
        log.Count.Should().Be(1);
    }
}
