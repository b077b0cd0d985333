using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>A region id is a non-blank key, compared ignoring case; by default it is the region's public code.</summary>
public sealed class RegionIdRules
{
    [Fact]
    public void Ids_that_differ_only_in_case_are_equal_and_hash_alike()
    {
        var upper = new RegionId("KR-41-SUWON");
        var lower = new RegionId("kr-41-suwon");

        upper.Should().Be(lower);
        upper.GetHashCode().Should().Be(lower.GetHashCode());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_id_is_refused(string blank)
    {
        var create = () => new RegionId(blank);

        create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("value");
    }

    [Fact]
    public void An_id_is_trimmed()
    {
        new RegionId(" Q8686 ").Value.Should().Be("Q8686");
    }

    [Fact]
    public void The_id_of_a_coded_region_is_its_code()
    {
        RegionId.For(CountryCode.Parse("kr")).Value.Should().Be("KR");
        RegionId.For(SubdivisionCode.Parse("cn-sh")).Value.Should().Be("CN-SH");
        RegionId.For(WikidataId.Parse("q8686")).Value.Should().Be("Q8686");
    }

    [Fact]
    public void A_default_code_gives_no_id()
    {
        var country = () => RegionId.For(default(CountryCode));
        var subdivision = () => RegionId.For(default(SubdivisionCode));
        var wikidata = () => RegionId.For(default(WikidataId));

        country.Should().Throw<ArgumentException>();
        subdivision.Should().Throw<ArgumentException>();
        wikidata.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void The_default_id_is_empty()
    {
        default(RegionId).Value.Should().BeEmpty();
    }
}
