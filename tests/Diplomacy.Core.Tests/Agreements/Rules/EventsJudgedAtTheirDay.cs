using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>An event is recorded at its own day, and the history it leaves is checked there; one that may follow the last is accepted.</summary>
public sealed class EventsJudgedAtTheirDay
{
    [Fact]
    public void An_event_certainly_before_the_last_recorded_event_is_judged_at_its_day_and_refused_when_the_history_breaks_a_rule_there()
    {
        var mou = Mou.GyeonggiShanghai();
        mou.Suspend(new LocalDate(2026, 3, 1), SuspensionReason.Pandemic);

        mou.RefusesWith(m => m.Resume(new LocalDate(2026, 2, 28)), DomainRule.ResumeOnlyASuspendedAgreement);
    }

    [Fact]
    public void An_event_that_may_follow_the_last_recorded_event_is_accepted_though_its_date_is_known_only_in_part()
    {
        var mou = Mou.GyeonggiShanghai();
        mou.Suspend(new LocalDate(2026, 3, 15), SuspensionReason.Pandemic);

        mou.Resume(PartialDate.InMonth(2026, 3));

        mou.History.Should().HaveCount(3);
    }
}
