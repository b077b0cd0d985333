using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Agreements.Rules.History;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>An agreement is signed once.</summary>
public sealed class AgreementIsSignedOnce
{
    [Fact]
    public void An_agreement_is_signed_only_once()
    {
        var mou = SignedMou();

        mou.RefusesWith(m => m.Sign(new LocalDate(2026, 1, 1), SigningDetails.None), DomainRule.AgreementIsSignedOnce);
    }
}
