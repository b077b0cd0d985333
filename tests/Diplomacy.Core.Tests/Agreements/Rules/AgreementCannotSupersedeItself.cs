using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>An agreement is superseded by another agreement, not by itself: <see cref="DomainRule.AgreementCannotSupersedeItself"/>.</summary>
public sealed class AgreementCannotSupersedeItself
{
    [Fact]
    public void An_agreement_cannot_supersede_itself()
    {
        var mou = Mou.GyeonggiShanghai();

        mou.RefusesWith(m => m.Supersede(new LocalDate(2026, 1, 1), mou.Id), DomainRule.AgreementCannotSupersedeItself);
    }
}
