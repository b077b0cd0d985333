using Diplomacy.Core.Delegations;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>A log refuses a missing delegation, partner or period with an argument exception naming the parameter, even when it holds nothing to look at.</summary>
public sealed class DelegationLogArgumentRefusals
{
    [Fact]
    public void Recording_no_delegation_is_refused_and_records_nothing()
    {
        var log = new DelegationLog();

        var act = () => log.Record(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("delegation");
        log.Count.Should().Be(0);
    }

    [Fact]
    public void A_question_without_a_partner_is_refused_naming_the_partner()
    {
        var log = new DelegationLog();

        var exchanges = () => log.ExchangesWith(null!, Year2025);
        var last = () => log.LastExchangeWith(null!, On(2026, 1, 1));

        exchanges.Should().Throw<ArgumentNullException>().WithParameterName("partner");
        last.Should().Throw<ArgumentNullException>().WithParameterName("partner");
    }

    [Fact]
    public void A_question_without_a_period_is_refused_naming_the_period_even_for_an_empty_log()
    {
        var log = new DelegationLog();

        var exchanges = () => log.ExchangesWith(Seed.Shanghai, null!);
        var perPartner = () => log.VisitsPerPartner(null!);

        exchanges.Should().Throw<ArgumentNullException>().WithParameterName("period");
        perPartner.Should().Throw<ArgumentNullException>().WithParameterName("period");
    }
}
