using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Agreements.Rules.History;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>An upgrade moves to a strictly deeper kind.</summary>
public sealed class UpgradeMustBeDeeper
{
    [Theory]
    [InlineData(AgreementKind.CooperationMemorandum)] // the same kind
    [InlineData(AgreementKind.SectorAgreement)] // the same depth
    [InlineData(AgreementKind.LetterOfIntent)] // shallower
    public void An_upgrade_that_is_not_deeper_is_refused(AgreementKind to)
    {
        var mou = SignedMou();

        mou.RefusesWith(m => m.Upgrade(new LocalDate(2026, 1, 1), to), DomainRule.UpgradeMustBeDeeper);
    }

    [Fact]
    public void An_upgrade_is_judged_against_the_kind_after_earlier_upgrades()
    {
        var tie = SignedMou();
        tie.Upgrade(new LocalDate(2026, 1, 1), AgreementKind.SisterCity);

        tie.RefusesWith(m => m.Upgrade(new LocalDate(2027, 1, 1), AgreementKind.Friendship), DomainRule.UpgradeMustBeDeeper);
    }
}
