using System.Diagnostics;
using System.Globalization;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>
/// A text's language is chosen by the tag's name, from the most specific subtag to the least, Chinese taking the
/// script CLDR gives it; a language not shipped reads English; the shipped languages need no culture data, so a host
/// running with invariant globalization gets the same texts, while a language a host adds as a satellite needs its culture.
/// </summary>
public sealed class TextLanguageChoice
{
    private static readonly CoverageCount ThreeOfFour = new(3, 0, 4);

    /// <summary>Whether this run is the one <see cref="Under_invariant_globalization_the_texts_are_the_same"/> starts.</summary>
    private static bool Invariant => Environment.GetEnvironmentVariable("DIPLOMACY_EXPECT_INVARIANT_GLOBALIZATION") == "1";

    [Theory]
    [InlineData("ko", "4곳 중 3곳")]
    [InlineData("ko-KR", "4곳 중 3곳")]
    [InlineData("ko-Kore-KR", "4곳 중 3곳")]
    [InlineData("ja", "4か所中3か所")]
    [InlineData("ja-JP", "4か所中3か所")]
    [InlineData("zh-Hans", "4个中的3个")]
    [InlineData("zh-Hans-CN", "4个中的3个")]
    [InlineData("en-GB", "3 of 4")]
    public void A_tag_reads_in_the_language_of_its_most_specific_shipped_prefix(string tag, string text)
    {
        ThreeOfFour.ToText(LanguageTag.Parse(tag)).Should().Be(text);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("zh-CN")]
    [InlineData("zh-SG")]
    [InlineData("zh-x-private")] // a private-use subtag is no region: the likely script is Simplified
    public void A_Chinese_tag_without_a_script_written_in_Simplified_Chinese_places_reads_Simplified_Chinese(string tag)
    {
        ThreeOfFour.ToText(LanguageTag.Parse(tag)).Should().Be("4个中的3个");
    }

    [Theory]
    [InlineData("zh-TW")]
    [InlineData("zh-HK")]
    [InlineData("zh-MO")]
    [InlineData("zh-Hant")]
    [InlineData("zh-Hant-TW")]
    public void Traditional_Chinese_is_not_shipped_and_reads_English_not_Simplified_Chinese(string tag)
    {
        ThreeOfFour.ToText(LanguageTag.Parse(tag)).Should().Be("3 of 4");
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("de-DE")]
    [InlineData("kok")] // a language whose tag begins with a shipped one's letters is another language
    [InlineData("jam")]
    public void A_language_not_shipped_reads_English(string tag)
    {
        ThreeOfFour.ToText(LanguageTag.Parse(tag)).Should().Be("3 of 4");
    }

    [Fact]
    public void The_languages_a_catalog_holds_are_its_assembly_s_resources_found_by_their_names_alone()
    {
        var catalog = new TextCatalog(typeof(TextCatalog).Assembly, "Diplomacy.Core.Texts");

        catalog.Languages.Should().BeEquivalentTo("ko", "ja", "zh-Hans");
        catalog.Format("Coverage.Count", LanguageTag.Parse("zh-Hans-SG"), 3, 4).Should().Be("4个中的3个");
    }

    [Fact]
    public void A_language_added_as_a_satellite_assembly_is_read_where_the_host_can_create_its_culture_and_English_is_read_where_it_lacks_a_text()
    {
        var catalog = new TextCatalog(typeof(TextLanguageChoice).Assembly, "Diplomacy.Core.Tests.Geography.Texts.AddedTexts");
        var french = LanguageTag.Parse("fr-CA");

        catalog.Languages.Should().BeEmpty("the French texts are a satellite assembly, not resources of the assembly itself");
        catalog.Format("Coverage.Count", french, 3, 4).Should().Be(Invariant ? "3 of 4" : "3 sur 4");
        catalog.Text("Only.English", french).Should().Be("English only");
        catalog.Language("de").Should().BeNull("no satellite holds German");
        catalog.Language("not a culture").Should().BeNull();
    }

    [Fact]
    public void A_Korean_tag_reads_Korean_even_where_no_culture_can_be_created()
    {
        if (Invariant)
        {
            ((Action)(() => CultureInfo.GetCultureInfo("ko"))).Should().Throw<CultureNotFoundException>("the run is in invariant mode");
        }

        ThreeOfFour.ToText(LanguageTag.Parse("ko-KR")).Should().Be("4곳 중 3곳");
        new CoverageCount(0, 1, 47).ToText(LanguageTag.Parse("ja")).Should().Be("47か所中0か所（不確実1か所）");
    }

    [Fact]
    public async Task Under_invariant_globalization_the_texts_are_the_same()
    {
        var tests = typeof(TextLanguageChoice).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                "exec", tests, "-noColor",
                "-method", $"*{nameof(A_Korean_tag_reads_Korean_even_where_no_culture_can_be_created)}",
                "-method", $"*{nameof(A_language_added_as_a_satellite_assembly_is_read_where_the_host_can_create_its_culture_and_English_is_read_where_it_lacks_a_text)}",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1",
                ["DIPLOMACY_EXPECT_INVARIANT_GLOBALIZATION"] = "1",
            },
        };

        using var run = Process.Start(start)!;
        var output = run.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = await run.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await run.WaitForExitAsync(TestContext.Current.CancellationToken);

        run.ExitCode.Should().Be(0, $"the test ran in invariant mode and passed:\n{await output}\n{errors}");
        (await output).Should().Contain("Total: 2, Errors: 0, Failed: 0");
    }
}
