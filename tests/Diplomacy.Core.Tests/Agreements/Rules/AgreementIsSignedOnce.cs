using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>An agreement is signed once: <see cref="DomainRule.AgreementIsSignedOnce"/>.</summary>
public sealed class AgreementIsSignedOnce
{
    [Fact]
    public void An_agreement_is_signed_only_once()
    {
        var mou = Mou.GyeonggiShanghai();

        mou.RefusesWith(m => m.Sign(new LocalDate(2026, 1, 1), SigningDetails.None), DomainRule.AgreementIsSignedOnce);
    }
}
