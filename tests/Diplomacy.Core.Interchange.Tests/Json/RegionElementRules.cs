using System.Text.Json;
using Diplomacy.Core.Interchange.Json;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;

namespace Diplomacy.Core.Interchange.Tests.Json;

/// <summary>
/// A region element's kind, codes and parent must agree (a country gives its code and has no parent, a subdivision
/// gives its code and its parent, a region with a code is known by it, only a country or a subdivision gives codes);
/// one that disagrees is refused at the property at fault, saying which rule it breaks.
/// </summary>
public sealed class RegionElementRules
{
    private const string Korea = """{"id":"KR","kind":"country","names":[{"language":"en","text":"South Korea"}],"timeZone":"Asia/Seoul","countryCode":"KR"}""";

    private static string Document(params string[] regions) =>
        $$"""{"format":"diplomacy-core/register","version":1,"regions":[{{string.Join(',', regions)}}],"agreements":[],"delegations":[]}""";

    private static RegisterDocumentException Refusal(params string[] regions) => Documents.Refusal(Document(regions));

    [Fact]
    public void Regions_whose_kind_codes_and_parent_agree_are_read()
    {
        var gyeonggi = """{"id":"KR-41","kind":"province","names":[{"language":"ko","text":"경기도"}],"timeZone":"Asia/Seoul","parent":"KR","subdivisionCode":"KR-41","formerSubdivisionCodes":["KR-GG"]}""";
        var suwon = """{"id":"KR-41-SUWON","kind":"city","names":[{"language":"en","text":"Suwon"}],"timeZone":"Asia/Seoul","parent":"KR-41"}""";

        var register = RegisterDocument.Parse(Document(Korea, gyeonggi, suwon));

        register.Directory.Regions.Select(region => region.Id.Value).Should().Equal("KR", "KR-41", "KR-41-SUWON");
    }

    [Fact]
    public void A_region_with_no_name_is_refused_at_its_names()
    {
        var refusal = Refusal("""{"id":"KR","kind":"country","names":[],"timeZone":"Asia/Seoul","countryCode":"KR"}""");

        refusal.Path.Should().Be("$.regions[0].names");
        refusal.Message.Should().Contain("A region has at least one name");
        refusal.InnerException.Should().BeOfType<JsonException>();
    }

    [Fact]
    public void A_region_whose_parent_is_not_written_before_it_is_refused_at_its_parent()
    {
        var refusal = Refusal(
            """{"id":"KR-41-SUWON","kind":"city","names":[{"language":"en","text":"Suwon"}],"timeZone":"Asia/Seoul","parent":"KR-41"}""");

        refusal.Path.Should().Be("$.regions[0].parent");
        refusal.Message.Should().Contain("The region KR-41 is not among the regions written before it");
    }

    [Theory]
    [InlineData( // a country without its code
        """{"id":"KR","kind":"country","names":[{"language":"en","text":"South Korea"}],"timeZone":"Asia/Seoul"}""",
        "$.regions[1].countryCode", "A country gives its countryCode")]
    [InlineData( // a country known by another id than its code
        """{"id":"KOREA","kind":"country","names":[{"language":"en","text":"South Korea"}],"timeZone":"Asia/Seoul","countryCode":"KR"}""",
        "$.regions[1].countryCode", "The id KOREA is not the region's code KR")]
    [InlineData( // a country inside another region
        """{"id":"JP","kind":"country","names":[{"language":"en","text":"Japan"}],"timeZone":"Asia/Tokyo","countryCode":"JP","parent":"KR"}""",
        "$.regions[1].parent", "A country lies in no other region; it has no parent")]
    [InlineData( // a province giving a country code
        """{"id":"KR-GG","kind":"province","names":[{"language":"en","text":"Gyeonggi"}],"timeZone":"Asia/Seoul","parent":"KR","countryCode":"KR"}""",
        "$.regions[1].countryCode", "Only a country gives a countryCode")]
    [InlineData( // a subdivision known by another id than its code
        """{"id":"KR-GG","kind":"province","names":[{"language":"en","text":"Gyeonggi"}],"timeZone":"Asia/Seoul","parent":"KR","subdivisionCode":"KR-41"}""",
        "$.regions[1].subdivisionCode", "The id KR-GG is not the region's code KR-41")]
    [InlineData( // a subdivision of no region
        """{"id":"KR-41","kind":"province","names":[{"language":"en","text":"Gyeonggi"}],"timeZone":"Asia/Seoul","subdivisionCode":"KR-41"}""",
        "$.regions[1].parent", "A subdivision names its parent")]
    [InlineData( // a city with former subdivision codes but no code of its own
        """{"id":"KR-41-SUWON","kind":"city","names":[{"language":"en","text":"Suwon"}],"timeZone":"Asia/Seoul","parent":"KR","formerSubdivisionCodes":["KR-41"]}""",
        "$.regions[1].formerSubdivisionCodes", "Only a subdivision gives formerSubdivisionCodes")]
    public void A_region_whose_kind_codes_and_parent_disagree_is_refused_at_the_property_at_fault(string region, string path, string rule)
    {
        var refusal = Refusal(Korea, region);

        refusal.Path.Should().Be(path);
        refusal.Message.Should().Contain(rule);
        refusal.InnerException.Should().BeOfType<JsonException>();
    }
}
