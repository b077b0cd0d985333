using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>Kinds are ordered by depth: letter of intent &lt; MOU = sector agreement &lt; friendship &lt; sister city.</summary>
public sealed class AgreementKindDepthRules
{
    [Theory]
    [InlineData(AgreementKind.CooperationMemorandum, AgreementKind.LetterOfIntent)]
    [InlineData(AgreementKind.Friendship, AgreementKind.CooperationMemorandum)]
    [InlineData(AgreementKind.Friendship, AgreementKind.SectorAgreement)]
    [InlineData(AgreementKind.SisterCity, AgreementKind.Friendship)]
    public void Each_kind_is_deeper_than_the_one_before_it(AgreementKind deeper, AgreementKind shallower)
    {
        deeper.IsDeeperThan(shallower).Should().BeTrue();
        shallower.IsDeeperThan(deeper).Should().BeFalse();
    }

    [Fact]
    public void A_sector_agreement_is_as_deep_as_an_MOU()
    {
        AgreementKind.SectorAgreement.Depth().Should().Be(AgreementKind.CooperationMemorandum.Depth());
    }

    [Fact]
    public void An_undefined_kind_has_no_depth_and_is_refused_naming_it()
    {
        var asking = () => ((AgreementKind)42).Depth();

        asking.Should().Throw<ArgumentOutOfRangeException>().WithMessage("42 is not an agreement kind.*").WithParameterName("kind");
    }
}
