using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>A sheet written before a region was renamed finds the region by the name it bore then.</summary>
public sealed class FormerNames
{
    [Theory]
    [InlineData("강원도", "KR-42")]
    [InlineData("전라북도", "KR-45")]
    [InlineData("North Jeolla", "KR-45")]
    public void A_sheet_naming_a_renamed_province_by_its_former_name_finds_the_province(string written, string code)
    {
        var tie = Import(GyeonggiRegister(), $"home,partner,partner country\nKR-41,{written},대한민국\n").TiesCreated.Single();

        tie.Parties[1].Region.Id.Value.Should().Be(code);
    }

    [Fact]
    public void A_former_name_another_country_still_bears_needs_the_country_to_tell_them_apart()
    {
        var report = Import(GyeonggiRegister(), "home,partner\nKR-41,강원도\n");

        report.Refused.Single().Reason.Should().Be(RowRefusalReason.AmbiguousName);
    }
}
