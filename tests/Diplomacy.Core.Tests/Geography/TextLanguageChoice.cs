using System.Diagnostics;
using System.Globalization;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>
/// A text's language is chosen by the tag's name, from the most specific subtag to the least, Chinese taking the
/// script CLDR gives it; a language not shipped reads English; no culture data is needed, so a host running with
/// invariant globalization gets the same texts.
/// </summary>
public sealed class TextLanguageChoice
{
    private static readonly CoverageCount ThreeOfFour = new(3, 0, 4);

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
    public void Satellites_are_found_as_the_folders_beside_the_assembly_holding_its_resources_by_their_names_alone()
    {
        var assembly = typeof(TextCatalog).Assembly;
        var catalog = new TextCatalog(assembly, "Diplomacy.Core.Texts", Path.GetDirectoryName(assembly.Location), shipped: []);

        catalog.Satellites.Should().BeEquivalentTo("ko", "ja", "zh-Hans");
        catalog.Format("Coverage.Count", LanguageTag.Parse("zh-Hans-SG"), 3, 4).Should().Be("4个中的3个");
    }

    [Fact]
    public void Without_a_folder_the_shipped_languages_are_read_through_the_resource_manager()
    {
        var catalog = new TextCatalog(typeof(TextCatalog).Assembly, "Diplomacy.Core.Texts", directory: null, shipped: ["ko", "ja", "fr", "not a culture"]);

        catalog.Satellites.Should().BeEquivalentTo("ko", "ja", "fr", "not a culture");
        catalog.Satellite("fr").Should().BeNull("a culture with no satellite has no texts of its own, not English's");
        catalog.Format("Coverage.Count", LanguageTag.Parse("ja-JP"), 3, 4).Should().Be("4か所中3か所");
        catalog.Format("Coverage.Count", LanguageTag.Parse("zh-Hans"), 3, 4).Should().Be("3 of 4");
        catalog.Satellite("not a culture").Should().BeNull();
    }

    [Fact]
    public void A_Korean_tag_reads_Korean_even_where_no_culture_can_be_created()
    {
        if (Environment.GetEnvironmentVariable("DIPLOMACY_EXPECT_INVARIANT_GLOBALIZATION") == "1")
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
            ArgumentList = { "exec", tests, "-noColor", "-method", $"*{nameof(A_Korean_tag_reads_Korean_even_where_no_culture_can_be_created)}" },
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
        (await output).Should().Contain("Total: 1, Errors: 0, Failed: 0");
    }
}
