using System.Globalization;
using System.Text;

namespace Diplomacy.Core.Geography;

/// <summary>
/// How names are compared when they are looked up, so that a name matches as people type it: trimmed,
/// NFKC-normalised (full-width <c>ＳＨＡＮＧＨＡＩ</c> and half-width katakana match their usual forms),
/// without the accents of Latin and Greek letters, with a few look-alike letters folded, and compared
/// ordinally ignoring case.
/// </summary>
/// <remarks>
/// <para>
/// Accents: after canonical decomposition (NFD) every nonspacing mark (Unicode category Mn) that follows a Latin
/// or Greek letter is dropped, and the rest is composed again (NFC). So Córdoba is Cordoba, Zürich is Zurich,
/// Αθήνα is ΑΘΗΝΑ, and the s and t with a cedilla that real lists mix with those with a comma below
/// (ş U+015F and ș U+0219, ţ U+0163 and ț U+021B) are all s and t.
/// </para>
/// <para>
/// Marks on other scripts are kept, because there they make another word: the Japanese voiced marks
/// (が is not か, パ is not ハ), Cyrillic й (not и). Hangul syllables decompose into jamo, not marks, and are
/// composed again, so they match only themselves. Han characters have no marks.
/// </para>
/// <para>
/// Look-alike letters with no decomposition, which lists write with or without their stroke, are folded by a
/// fixed table: đ ð → d, ħ → h, ı → i, ł → l, ø → o, ŧ → t, ß → ss, æ → ae, œ → oe, þ → th (and their capitals).
/// The stored name keeps its spelling; only the index and the look-up use the folded form.
/// </para>
/// <para>
/// A name that is not well-formed UTF-16 (a lone surrogate, which no decoder makes but a string may hold) is read as a
/// decoder reads it: each lone surrogate is U+FFFD, the replacement character; so are the noncharacters U+FFFE and
/// U+FFFF, which normalization refuses too.
/// </para>
/// </remarks>
internal static class NameFolding
{
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>The form a name is indexed and looked up in; returns the same instance when nothing changes.</summary>
    public static string Fold(string name)
    {
        var trimmed = WellFormed(name.Trim());
        return IsFolded(trimmed) ? trimmed : FoldFully(trimmed);
    }

    /// <summary>Folds without the shortcut for text that has nothing to fold; <see cref="Fold"/> must always agree with it.</summary>
    internal static string FoldFully(string name)
    {
        var decomposed = WellFormed(name).Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var afterLatinOrGreek = false;
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                if (!afterLatinOrGreek)
                {
                    folded.Append(character);
                }

                continue;
            }

            afterLatinOrGreek = IsLatinOrGreekLetter(character);
            if (LookAlike(character) is { } replacement)
            {
                folded.Append(replacement);
            }
            else
            {
                folded.Append(character);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    // Normalization refuses a lone surrogate and the noncharacters U+FFFE and U+FFFF; UTF-8's encoder writes a lone
    // surrogate as U+FFFD, as every decoder reads it, and the two noncharacters become U+FFFD too. Only text with one
    // of them pays for the round trip.
    private static string WellFormed(string name) =>
        name.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') || name.AsSpan().ContainsAny('\uFFFE', '\uFFFF')
            ? Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(name)).Replace('\uFFFE', '\uFFFD').Replace('\uFFFF', '\uFFFD')
            : name;

    /// <summary>
    /// Whether a name certainly folds to itself: normalised, and with no letter that decomposes, carries a mark
    /// or is in the table. Text in Hangul, kana or Han passes, so looking it up allocates nothing.
    /// </summary>
    private static bool IsFolded(string name)
    {
        foreach (var character in name)
        {
            if (!char.IsAscii(character)
                && (IsInLatinOrGreekBlocks(character)
                    || CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark))
            {
                return false;
            }
        }

        return name.IsNormalized(NormalizationForm.FormKC);
    }

    // The letters that may decompose into a Latin or Greek letter and marks, or be in the table: from À through
    // IPA Extensions, Greek and Coptic, and Latin Extended Additional through ῼ, the last letter of Greek
    // Extended (the spacing accents after it are not NFKC-stable, so the fast path never keeps them).
    private static bool IsInLatinOrGreekBlocks(char character) =>
        character is (>= 'À' and <= '\u02AF') or (>= '\u0370' and <= '\u03FF') or (>= '\u1E00' and <= 'ῼ');

    private static bool IsLatinOrGreekLetter(char character) =>
        char.IsAsciiLetter(character) || (IsInLatinOrGreekBlocks(character) && char.IsLetter(character));

    private static string? LookAlike(char character) => character switch
    {
        'đ' or 'ð' => "d",
        'Đ' or 'Ð' => "D",
        'ħ' => "h",
        'Ħ' => "H",
        'ı' => "i",
        'ł' => "l",
        'Ł' => "L",
        'ø' => "o",
        'Ø' => "O",
        'ŧ' => "t",
        'Ŧ' => "T",
        'ß' or 'ẞ' => "ss",
        'æ' => "ae",
        'Æ' => "AE",
        'œ' => "oe",
        'Œ' => "OE",
        'þ' => "th",
        'Þ' => "TH",
        _ => null,
    };
}
