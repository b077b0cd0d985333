using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Agreements.Rules.History;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>Only a suspended agreement can be resumed.</summary>
public sealed class ResumeOnlyASuspendedAgreement
{
    [Fact]
    public void Resuming_what_is_not_suspended_is_refused()
    {
        var mou = SignedMou();

        mou.RefusesWith(m => m.Resume(new LocalDate(2026, 1, 1)), DomainRule.ResumeOnlyASuspendedAgreement);
    }

    [Fact]
    public void An_event_certainly_before_the_last_recorded_event_is_judged_at_its_day_and_refused_when_the_history_breaks_a_rule_there()
    {
        var mou = SignedMou();
        mou.Suspend(new LocalDate(2026, 3, 1), SuspensionReason.Pandemic);

        mou.RefusesWith(m => m.Resume(new LocalDate(2026, 2, 28)), DomainRule.ResumeOnlyASuspendedAgreement);
    }
}
