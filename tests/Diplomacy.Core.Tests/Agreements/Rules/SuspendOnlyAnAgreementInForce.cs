using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Agreements.Rules.History;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>Only an agreement in force, and not certainly expired on the day, can be suspended.</summary>
public sealed class SuspendOnlyAnAgreementInForce
{
    [Fact]
    public void Suspending_what_is_already_suspended_is_refused()
    {
        var mou = SignedMou();
        mou.Suspend(new LocalDate(2026, 1, 1), SuspensionReason.Pandemic);

        mou.RefusesWith(m => m.Suspend(new LocalDate(2026, 2, 1), SuspensionReason.Political), DomainRule.SuspendOnlyAnAgreementInForce);
    }

    [Fact]
    public void Suspending_what_has_not_entered_into_force_is_refused()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).EnteringIntoForceLater().SignedOn(2025, 9, 25);

        mou.RefusesWith(m => m.Suspend(new LocalDate(2026, 2, 1), SuspensionReason.Other), DomainRule.SuspendOnlyAnAgreementInForce);
    }

    [Theory]
    [InlineData("2028-09-24", false)] // the term's last day: still in force, so it can be suspended
    [InlineData("2028-09-25", true)] // boundary: certainly expired
    public void Suspending_what_has_certainly_expired_is_refused(string day, bool refused)
    {
        var mou = SignedMou();
        var suspend = (Agreement m) => m.Suspend(Dates.D(day), SuspensionReason.Other);

        if (refused)
        {
            mou.RefusesWith(suspend, DomainRule.SuspendOnlyAnAgreementInForce);
        }
        else
        {
            suspend(mou);
            mou.StatusOn(Dates.D(day)).Should().Be(AgreementStatus.Suspended);
        }
    }
}
