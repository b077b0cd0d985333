using System.Text;
using System.Text.RegularExpressions;

namespace Diplomacy.Core.Web.Input;

/// <summary>
/// Every limit the host puts on what a page or the API may send it, in one place, checked before anything is stored.
/// A value over a limit is refused with a <see cref="BadInputException"/> naming its field (400 in the API).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Ids typed on a form or sent to the API: 1 to <see cref="IdLength"/> characters of <see cref="IdPattern"/>
/// (ASCII letters, digits, <c>.</c>, <c>_</c>, <c>~</c>, <c>-</c>: the unreserved characters of RFC 3986), as registers
/// such as GAOK and CLAIR write reference numbers, and safe unescaped in a URL path, a file name and markup. An
/// import's ids, which the interchange package makes from its places' names, are held to the one-line limits.</item>
/// <item>One-line text (titles, fields, keys, dates, names of kinds): no control characters at all.</item>
/// <item>Free text (reasons): line breaks and tabs allowed, no other control character.</item>
/// <item>No text takes a bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069), which can make a title
/// read otherwise than it is stored, nor a lone surrogate.</item>
/// </list>
/// </remarks>
public static partial class Limits
{
    /// <summary>The longest id of a tie.</summary>
    public const int IdLength = 200;

    /// <summary>The characters an id is made of.</summary>
    public const string IdPattern = "^[A-Za-z0-9._~-]+$";

    /// <summary>The longest title.</summary>
    public const int TitleLength = 300;

    /// <summary>The longest reason (of a suspension, a termination, a retraction).</summary>
    public const int ReasonLength = 2000;

    /// <summary>The longest field of cooperation.</summary>
    public const int FieldLength = 60;

    /// <summary>The longest short value: a region's key, a date as written, a kind's or an event's name, a number.</summary>
    public const int KeyLength = 40;

    /// <summary>The most parties a tie may name.</summary>
    public const int MaxParties = 20;

    /// <summary>The most fields of cooperation a tie may name.</summary>
    public const int MaxFields = 30;

    /// <summary>The longest renewed term, in years: registers record terms of a few years, and none beyond a century.</summary>
    public const int MaxTermYears = 100;

    /// <summary>The largest body an API write may send, in bytes.</summary>
    public const int ApiBodyBytes = 64 * 1024;

    /// <summary>The largest file the import takes, in KiB, so that planning it stays short.</summary>
    public const int ImportKib = 1024;

    /// <summary>The largest request a page form may send, in bytes: the import's file and the form around it.</summary>
    public const int FormBodyBytes = (ImportKib + 64) * 1024;

    /// <summary>The longest value a form field may send, in bytes, as the form reader counts it.</summary>
    public const int FormValueBytes = 64 * 1024;

    /// <summary>A tie's id, trimmed, or null when blank.</summary>
    /// <exception cref="BadInputException">The id is too long or holds a character outside <see cref="IdPattern"/>.</exception>
    public static string? Id(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var id = Length(text.Trim(), IdLength, field);
        return IdCharacters().IsMatch(id)
            ? id
            : throw new BadInputException(field, $"An id may hold only ASCII letters, digits, '.', '_', '~' and '-'.");
    }

    /// <summary>One line of text, trimmed, or null when blank.</summary>
    /// <exception cref="BadInputException">The text is longer than <paramref name="maxLength"/> or holds a character no text may hold, or a line break.</exception>
    public static string? Line(string? text, int maxLength, string field) => Checked(text, maxLength, field, multiline: false);

    /// <summary>Free text, trimmed, or null when blank: line breaks allowed.</summary>
    /// <exception cref="BadInputException">The text is longer than <paramref name="maxLength"/> or holds a character no text may hold.</exception>
    public static string? Text(string? text, int maxLength, string field) => Checked(text, maxLength, field, multiline: true);

    /// <summary>A list's values, each one line; refused when the list is longer than <paramref name="maxCount"/>.</summary>
    /// <exception cref="BadInputException">Too many values, or one is refused by <see cref="Line"/>.</exception>
    public static IReadOnlyList<string> Lines(IReadOnlyList<string?>? values, int maxCount, int maxLength, string field)
    {
        if (values is null)
        {
            return [];
        }

        if (values.Count > maxCount)
        {
            throw new BadInputException(field, $"At most {maxCount} values are taken; {values.Count} were sent.");
        }

        return [.. values.Select(value => Line(value, maxLength, field)).OfType<string>()];
    }

    private static string? Checked(string? text, int maxLength, string field, bool multiline)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = Length(text.Trim(), maxLength, field);
        var rest = trimmed.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                throw new BadInputException(field, "The text holds a lone surrogate, which is no character.");
            }

            rest = rest[consumed..];
            if (IsBidirectionalControl(rune.Value))
            {
                throw new BadInputException(field, $"The text holds the bidirectional control U+{rune.Value:X4}, which may make it read otherwise than it is stored.");
            }

            if (Rune.IsControl(rune) && !(multiline && rune.Value is '\n' or '\r' or '\t'))
            {
                throw new BadInputException(field, multiline
                    ? $"The text holds the control character U+{rune.Value:X4}."
                    : $"The value must be one line without control characters; it holds U+{rune.Value:X4}.");
            }

            if (!multiline && rune.Value is 0x2028 or 0x2029)
            {
                throw new BadInputException(field, "The value must be one line; it holds a line or paragraph separator.");
            }
        }

        return trimmed;
    }

    private static string Length(string text, int maxLength, string field) =>
        text.Length <= maxLength ? text : throw new BadInputException(field, $"At most {maxLength} characters are taken; {text.Length} were sent.");

    private static bool IsBidirectionalControl(int codePoint) => codePoint is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069;

    [GeneratedRegex(IdPattern, RegexOptions.CultureInvariant)]
    private static partial Regex IdCharacters();
}
