using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Agreements.Rules.History;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>An agreement is superseded by another agreement, never by itself.</summary>
public sealed class AgreementCannotSupersedeItself
{
    [Fact]
    public void An_agreement_cannot_supersede_itself()
    {
        var mou = SignedMou();

        mou.RefusesWith(m => m.Supersede(new LocalDate(2026, 1, 1), mou.Id), DomainRule.AgreementCannotSupersedeItself);
    }
}
