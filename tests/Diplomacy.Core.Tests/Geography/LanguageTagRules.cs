using CsCheck;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>A language tag is a well-formed BCP 47 tag, stored in BCP 47's canonical case.</summary>
public sealed class LanguageTagRules
{
    [Theory]
    [InlineData("ko", "ko")]
    [InlineData("EN", "en")]
    [InlineData("zh-hans", "zh-Hans")]
    [InlineData("ZH-HANS-cn", "zh-Hans-CN")]
    [InlineData("es-419", "es-419")]
    [InlineData("yue", "yue")]
    [InlineData("sl-ROZAJ", "sl-rozaj")] // a variant stays lower-case
    [InlineData("en-X-Twain", "en-x-twain")]
    [InlineData("en-x-AB-CD", "en-x-ab-cd")] // every subtag after the singleton, not only the first, is lower-case
    [InlineData("de-u-CO-PHONEBK", "de-u-co-phonebk")]
    public void A_tag_is_stored_in_canonical_case(string text, string canonical)
    {
        LanguageTag.Parse(text).Value.Should().Be(canonical);
    }

    [Theory]
    [InlineData("")]
    [InlineData("k")]
    [InlineData("kore")] // a four-letter language subtag is reserved
    [InlineData("korean123")]
    [InlineData("zh_Hans")]
    [InlineData("zh--Hans")]
    [InlineData("zh-")]
    [InlineData("-zh")]
    [InlineData("en-x")] // a singleton must be followed by a subtag
    [InlineData("en-abcdefghi")] // a subtag of nine characters
    [InlineData("12")]
    [InlineData("zh-Hans CN")]
    public void A_malformed_tag_is_refused_naming_the_value(string text)
    {
        var parse = () => LanguageTag.Parse(text);

        parse.Should().Throw<ArgumentException>().Which.Message.Should().Contain($"'{text}'");
        LanguageTag.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void A_missing_tag_is_refused_as_null()
    {
        var parse = () => LanguageTag.Parse(null!);

        parse.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("tag");
    }

    [Fact]
    public void A_tag_falls_back_one_subtag_at_a_time()
    {
        var tag = LanguageTag.Parse("zh-Hans-CN");

        tag.Parent.Should().Be(LanguageTag.Parse("zh-Hans"));
        tag.Parent!.Value.Parent.Should().Be(LanguageTag.Parse("zh"));
        tag.Parent!.Value.Parent!.Value.Parent.Should().BeNull();
    }

    [Fact]
    public void A_fallback_never_ends_on_a_singleton()
    {
        LanguageTag.Parse("de-x-abc").Parent.Should().Be(LanguageTag.Parse("de"));
    }

    [Theory]
    [InlineData("de-u-co-phonebk", "de-u-co de")]
    [InlineData("en-x-a-bc", "en")] // found by fuzzing: the fallback was en-x, which is not a tag
    [InlineData("em-e-u-co-pho419", "em-e-u-co em")] // found by fuzzing: the fallback of em-e-u-co was em-e
    [InlineData("es-41es-41ed-n-x-twain9", "es-41es-41ed es-41es es")] // found by fuzzing: two singletons in a row
    public void A_fallback_drops_every_singleton_left_at_its_end(string text, string fallbacks)
    {
        var chain = new List<LanguageTag>();
        for (var tag = LanguageTag.Parse(text).Parent; tag is { } parent; tag = parent.Parent)
        {
            chain.Add(parent);
        }

        chain.Select(tag => tag.Value).Should().Equal(fallbacks.Split(' '));
    }

    [Fact]
    public void Every_fallback_of_a_well_formed_tag_is_itself_a_well_formed_tag()
    {
        var alphanumeric = Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"];
        var subtag = Gen.OneOf(
            Gen.Char["aeuxAEUX"].Select(singleton => singleton.ToString()),
            Gen.Int[2, 8].SelectMany(length => alphanumeric.Array[length]).Select(chars => new string(chars)));
        var tags = Gen.Select(Gen.Char['a', 'z'].Array[2], subtag.Array[0, 6], (language, subtags) => string.Join('-', [new string(language), .. subtags]));

        tags.Sample(text =>
        {
            if (!LanguageTag.TryParse(text, out var tag))
            {
                return true;
            }

            for (var child = tag; child.Parent is { } parent; child = parent)
            {
                if (!LanguageTag.TryParse(parent.Value, out var read) || read != parent || parent.Value.Length >= child.Value.Length)
                {
                    return false;
                }
            }

            return true;
        }, iter: PropertySamples.Of(1000));
    }

    [Theory]
    [InlineData("ko-KR", "ko-KR ko")]
    [InlineData("zh-Hans-CN", "zh-Hans-CN zh-Hans zh")]
    [InlineData("zh", "zh-Hans zh")]
    [InlineData("zh-CN", "zh-Hans-CN zh-Hans zh")]
    [InlineData("zh-SG", "zh-Hans-SG zh-Hans zh")]
    [InlineData("zh-TW", "zh-Hant-TW zh-Hant zh")]
    [InlineData("zh-HK", "zh-Hant-HK zh-Hant zh")]
    [InlineData("zh-MO", "zh-Hant-MO zh-Hant zh")]
    [InlineData("de-u-co-phonebk", "de-u-co-phonebk de-u-co de")]
    public void A_look_up_tries_the_tag_then_each_fallback_a_Chinese_tag_first_taking_its_likely_script(string text, string order)
    {
        LanguageTag.Parse(text).LookupOrder().Select(tag => tag.Value).Should().Equal(order.Split(' '));
    }

    [Fact]
    public void The_default_tag_has_nothing_to_look_up()
    {
        default(LanguageTag).LookupOrder().Should().BeEmpty();
    }

    [Fact]
    public void The_default_tag_is_empty_and_has_no_fallback()
    {
        var tag = default(LanguageTag);

        tag.Value.Should().BeEmpty();
        tag.Parent.Should().BeNull();
    }

    [Fact]
    public void Tags_that_differ_only_in_case_are_equal()
    {
        LanguageTag.Parse("ZH-hans").Should().Be(LanguageTag.Parse("zh-Hans"));
    }

    [Fact]
    public void Every_valid_tag_reads_back_what_it_writes_and_is_already_canonical()
    {
        var letters = Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"];
        var language = Gen.Int[2, 3].SelectMany(length => letters.Array[length]).Select(chars => new string(chars));
        var script = letters.Array[4].Select(chars => new string(chars));
        var region = letters.Array[2].Select(chars => new string(chars));
        var tags = Gen.Select(language, script, region, Gen.Int[0, 2], (l, s, r, shape) => shape switch
        {
            0 => l,
            1 => $"{l}-{s}",
            _ => $"{l}-{s}-{r}",
        });

        tags.Sample(text =>
        {
            var tag = LanguageTag.Parse(text);
            return LanguageTag.Parse(tag.ToString()) == tag
                && tag.Value.Equals(text, StringComparison.OrdinalIgnoreCase)
                && LanguageTag.Parse(tag.ToString()).Value == tag.Value;
        }, iter: PropertySamples.Of(300));
    }
}
