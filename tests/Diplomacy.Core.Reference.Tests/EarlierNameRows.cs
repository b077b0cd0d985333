namespace Diplomacy.Core.Reference.Tests;

/// <summary>
/// A row of the reviewed names table reads <c>tag=name@day</c> for a former name, which keeps the day its successor took
/// effect, and <c>tag=name</c> for a variant that still finds the region and never ended.
/// </summary>
public sealed class EarlierNameRows
{
    [Fact]
    public void A_former_name_row_gives_its_language_its_name_and_the_day_it_ended()
    {
        EarlierName.Parse("ko=강원도@2023-06-11").Should().Be(new EarlierName("ko", "강원도", new LocalDate(2023, 6, 11)));
    }

    [Fact]
    public void A_variant_row_gives_its_language_and_its_name_and_no_end()
    {
        EarlierName.Parse("zh-Hant=江原道").Should().Be(new EarlierName("zh-Hant", "江原道", null));
    }

    [Fact]
    public void The_data_read_afresh_keeps_강원도_as_KR_42s_name_until_2023_06_11()
    {
        var data = CatalogData.Load();

        data.EarlierNamesAt(data.IndexOf("KR-42")).Should().Contain(new EarlierName("ko", "강원도", new LocalDate(2023, 6, 11)));
    }
}
