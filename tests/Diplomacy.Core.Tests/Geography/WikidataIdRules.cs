using CsCheck;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>A Wikidata id is Q (either case) and a positive number without leading zeros; equal ids have equal numbers.</summary>
public sealed class WikidataIdRules
{
    [Theory]
    [InlineData("Q8686", 8686L)]
    [InlineData("q20937", 20937L)]
    [InlineData("Q1", 1L)] // the smallest id
    [InlineData("Q999999999999999999", 999_999_999_999_999_999L)] // the longest id accepted: 18 digits
    public void A_wikidata_id_is_Q_and_a_positive_number(string text, long number)
    {
        WikidataId.Parse(text).Number.Should().Be(number);
    }

    [Fact]
    public void A_wikidata_id_is_written_with_an_upper_case_Q()
    {
        WikidataId.Parse("q8686").ToString().Should().Be("Q8686");
    }

    [Theory]
    [InlineData("")]
    [InlineData("Q")]
    [InlineData("Q0")]
    [InlineData("Q08686")]
    [InlineData("P190")]
    [InlineData("8686")]
    [InlineData("Q-5")]
    [InlineData("Q86 86")]
    [InlineData("Q1000000000000000000")] // 19 digits
    [InlineData("Ｑ８６８６")] // full-width
    public void A_malformed_wikidata_id_is_refused_naming_the_value(string text)
    {
        var parse = () => WikidataId.Parse(text);

        parse.Should().Throw<ArgumentException>().Which.Message.Should().Contain($"'{text}'");
        WikidataId.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void A_missing_wikidata_id_is_refused_as_null()
    {
        var parse = () => WikidataId.Parse(null!);

        parse.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("id");
    }

    [Fact]
    public void The_default_wikidata_id_has_number_zero_and_writes_nothing()
    {
        default(WikidataId).Number.Should().Be(0);
        default(WikidataId).ToString().Should().BeEmpty();
    }

    [Fact]
    public void Every_valid_wikidata_id_reads_back_what_it_writes()
    {
        Gen.Long[1, 999_999_999_999_999_999L]
            .Sample(number =>
            {
                var id = WikidataId.Parse($"Q{number}");
                return id.Number == number && WikidataId.Parse(id.ToString()) == id;
            }, iter: PropertySamples.Of(300));
    }
}
