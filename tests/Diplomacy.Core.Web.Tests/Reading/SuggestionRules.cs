using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Input;
using Diplomacy.Core.Web.Language;
using Diplomacy.Core.Web.Reading;

namespace Diplomacy.Core.Web.Tests.Reading;

/// <summary>
/// A search field suggests, as an editor types: a key typed in full, then keys that start with the text, then regions
/// with a name (ties with a title) that starts with it, then those whose name or key holds it anywhere; by the text
/// shown within each rank, and no more than asked for.
/// </summary>
public sealed class SuggestionRules
{
    private static readonly Register Register = RegisterOf(
        Place("spring", RegionNames.Of("en", "Hot Springs")),
        Place("springfield-ma", RegionNames.Of("en", "Springfield")),
        Place("springfield-il", RegionNames.Of("en", "Springfield")),
        Place("west-springfield", RegionNames.Of("en", "West Springfield")),
        Place("q-123", RegionNames.Of("en", "Springer Land")),
        Place("sao-paulo", RegionNames.Of("en", "São Paulo").And("ko", "상파울루")),
        Place("lagos", RegionNames.Of("en", "Lagos")));

    [Fact]
    public void A_key_typed_in_full_comes_first_then_keys_starting_with_it_then_names_starting_with_it_then_names_holding_it()
    {
        var suggested = Suggestions.Regions(Register.Directory, "spring", null, Texts.English);

        suggested.Select(choice => choice.Value).Should().Equal("spring", "springfield-il", "springfield-ma", "q-123", "west-springfield");
    }

    [Theory]
    [InlineData("SAO PAU")] // case and accents aside
    [InlineData("ｓãｏ")] // full-width letters
    [InlineData("상파")] // a name in another language than the reader's
    [InlineData("paulo")] // inside the name
    [InlineData("-pau")] // inside the key
    public void A_region_is_found_by_any_of_its_names_or_its_key_whatever_the_case_accents_or_width(string typed)
    {
        Suggestions.Regions(Register.Directory, typed, null, Texts.English).Select(choice => choice.Value).Should().Equal("sao-paulo");
    }

    [Fact]
    public void A_suggestion_shows_the_name_in_the_readers_language_with_the_key()
    {
        Suggestions.Regions(Register.Directory, "sao", null, Texts.Of("ko")).Should().Equal(new Choice("sao-paulo", "상파울루 (sao-paulo)"));
        Suggestions.Regions(Register.Directory, "sao", null, Texts.English).Should().Equal(new Choice("sao-paulo", "São Paulo (sao-paulo)"));
    }

    [Fact]
    public void No_more_suggestions_come_than_asked_for_and_ten_unless_asked()
    {
        var register = RegisterOf([.. Enumerable.Range(1, 12).Select(n => Place($"place-{n:00}", RegionNames.Of("en", $"Place {n:00}")))]);

        Suggestions.Regions(register.Directory, "place", "2", Texts.English).Select(choice => choice.Value).Should().Equal("place-01", "place-02");
        Suggestions.Regions(register.Directory, "place", null, Texts.English).Should().HaveCount(Suggestions.DefaultCount);
        Suggestions.Regions(register.Directory, "place", $"{Suggestions.MaxCount}", Texts.English).Should().HaveCount(12);
    }

    [Fact]
    public void A_name_or_a_text_that_normalization_refuses_is_compared_as_written_and_answers()
    {
        var register = RegisterOf(Place("odd", RegionNames.Of("en", "Odd\uFFFE Place")));

        Suggestions.Regions(register.Directory, "odd\uFFFE", null, Texts.English).Select(choice => choice.Value).Should().Equal("odd");
        Suggestions.Regions(register.Directory, "\uFFFF", null, Texts.English).Should().BeEmpty();
    }

    [Fact]
    public void Nothing_is_suggested_for_a_text_no_key_or_name_holds()
    {
        Suggestions.Regions(Register.Directory, "atlantis", null, Texts.English).Should().BeEmpty();
    }

    [Theory]
    [InlineData(null, null, "q")]
    [InlineData("   ", null, "q")]
    [InlineData("spring", "0", "count")]
    [InlineData("spring", "26", "count")]
    [InlineData("spring", "-1", "count")]
    [InlineData("spring", "ten", "count")]
    public void A_blank_text_or_a_count_outside_1_to_25_is_refused_naming_its_field(string? typed, string? count, string field)
    {
        var asking = () => Suggestions.Regions(Register.Directory, typed, count, Texts.English);

        asking.Should().Throw<BadInputException>().Which.Field.Should().Be(field);
    }

    [Fact]
    public void A_tie_is_found_by_its_id_first_and_by_its_title_after()
    {
        var register = RegisterOf(
            Place("gyeonggi", RegionNames.Of("en", "Gyeonggi")), Place("tianjin", RegionNames.Of("en", "Tianjin")), Place("lagos", RegionNames.Of("en", "Lagos")));
        var (gyeonggi, tianjin, lagos) = (register.Directory.Resolve("gyeonggi")!, register.Directory.Resolve("tianjin")!, register.Directory.Resolve("lagos")!);
        register.Add(Agreement.Sign(new AgreementId("GG-TJ-MOU"), AgreementKind.CooperationMemorandum, [gyeonggi, tianjin], new LocalDate(2025, 9, 22), title: "Gyeonggi–Tianjin MOU"));
        register.Add(Agreement.Sign(new AgreementId("TJ-2020"), AgreementKind.SisterCity, [tianjin, lagos], new LocalDate(2020, 1, 1)));
        register.Add(Agreement.Sign(new AgreementId("X-1"), AgreementKind.Friendship, [lagos, gyeonggi], new LocalDate(2010, 1, 1), title: "Tianjin friendship"));

        Suggestions.Ties(register.Agreements, "tj", null).Should().Equal(new Choice("TJ-2020", "TJ-2020"), new Choice("GG-TJ-MOU", "Gyeonggi–Tianjin MOU"));
        Suggestions.Ties(register.Agreements, "tianjin", null).Select(choice => choice.Value).Should().Equal("X-1", "GG-TJ-MOU");
    }

    private static Region Place(string id, RegionNames names) => Region.CreatePlace(new RegionId(id), AdministrativeKind.City, names, null, "UTC");

    private static Register RegisterOf(params Region[] places)
    {
        var register = Register.Open();
        register.AddRegions(places);
        return register;
    }
}
