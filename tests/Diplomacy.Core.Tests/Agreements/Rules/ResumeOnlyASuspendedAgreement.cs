using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>Only a suspended agreement can be resumed: <see cref="DomainRule.ResumeOnlyASuspendedAgreement"/>.</summary>
public sealed class ResumeOnlyASuspendedAgreement
{
    [Fact]
    public void Resuming_what_is_not_suspended_is_refused()
    {
        var mou = Mou.GyeonggiShanghai();

        mou.RefusesWith(m => m.Resume(new LocalDate(2026, 1, 1)), DomainRule.ResumeOnlyASuspendedAgreement);
    }
}
