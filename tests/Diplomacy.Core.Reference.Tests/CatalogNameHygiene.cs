using System.Globalization;
using System.Text;

namespace Diplomacy.Core.Reference.Tests;

/// <summary>No name carries what a source left in by mistake: footnote marks, controls, stray white space.</summary>
public sealed class CatalogNameHygiene
{
    private static readonly CatalogData Data = CatalogData.Instance.Value;

    private static IEnumerable<(string Code, string Name)> EveryName =>
        Enumerable.Range(0, Data.Count).SelectMany(at => Data.LookupNamesAt(at).Select(name => (Data.CodeAt(at), name)));

    [Fact]
    public void No_name_carries_a_footnote_mark()
    {
        EveryName.Where(n => n.Name.Any(IsFootnoteMark)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("AR-C", "nl", "Buenos Aires")]
    [InlineData("US-WA", "ru", "Вашингтон")]
    [InlineData("UG-317", "ko", "아빔 구")]
    public void A_name_a_source_marked_with_a_footnote_reads_without_it(string code, string language, string name)
    {
        Catalog.Region(code).Names.In(language).Should().Be(name);
    }

    [Fact]
    public void No_name_carries_a_control_private_use_or_unassigned_character()
    {
        EveryName.Where(n => n.Name.Any(c => c == '\uFFFD' || CharUnicodeInfo.GetUnicodeCategory(c)
            is UnicodeCategory.Control or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)).Should().BeEmpty();
    }

    [Fact]
    public void No_name_has_white_space_around_it()
    {
        EveryName.Where(n => n.Name.Trim() != n.Name || n.Name.Length == 0).Should().BeEmpty();
    }

    // A footnote mark: a raised, lowered or circled digit (its compatibility form is a digit), a dagger or an asterisk.
    private static bool IsFootnoteMark(char c) =>
        c is '†' or '‡' or '*'
        || (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherNumber
            && c.ToString().Normalize(NormalizationForm.FormKC).All(char.IsAsciiDigit));
}
