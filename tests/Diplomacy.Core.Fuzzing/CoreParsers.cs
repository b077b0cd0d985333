using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Fuzzing;

/// <summary>
/// The targets for the core's parsers from text. Each refuses bad text only with the <see cref="ArgumentException"/>
/// its XML docs promise, naming the caller's parameter (<see cref="Expect.ReadOrRefused"/>), and reads back what it
/// writes.
/// </summary>
internal static class CoreParsers
{
    /// <summary><see cref="PartialDate.Parse"/>: documented refusal <see cref="ArgumentException"/> naming <c>text</c>.</summary>
    public static void PartialDateText(string text)
    {
        if (Expect.ReadOrRefused(() => PartialDate.Parse(text), "text", out var date))
        {
            Expect.ReadsBack(text, date, PartialDate.Parse);
            Expect.That(date.Earliest is not { } earliest || date.Latest is not { } latest || earliest <= latest, "the earliest day is not after the latest", text);
        }
    }

    /// <summary>
    /// <see cref="LanguageTag.Parse"/> and <see cref="LanguageTag.TryParse"/>: documented refusal
    /// <see cref="ArgumentException"/> naming <c>tag</c>; every fallback (<see cref="LanguageTag.Parent"/>) is itself a
    /// well-formed tag, shorter than its child.
    /// </summary>
    public static void LanguageTagText(string text)
    {
        Expect.ParsedAlike(text, LanguageTag.Parse, LanguageTag.TryParse, "tag");
        if (LanguageTag.TryParse(text, out var tag))
        {
            for (var child = tag; child.Parent is { } parent; child = parent)
            {
                Expect.That(parent.Value.Length < child.Value.Length, $"the fallback of '{child}' is shorter", text);
                Expect.That(LanguageTag.TryParse(parent.Value, out var read) && read == parent, $"the fallback '{parent}' of '{child}' is a well-formed tag", text);
            }
        }
    }

    /// <summary>
    /// The name rules (<see cref="RegionNameComparer"/>, which <see cref="RegionDirectory.FindByName"/> and the importers
    /// match places by), on two names split at the first line feed. A comparer documents no exception for non-null
    /// names, so any is a crash. It must be a consistent comparer (equal names compare as 0 both ways and hash alike),
    /// and the fast path of the folding must agree with the full folding, as <c>NameFolding</c> promises.
    /// </summary>
    public static void RegionNames(string text)
    {
        var split = text.IndexOf('\n', StringComparison.Ordinal);
        var (x, y) = split < 0 ? (text, text.ToUpperInvariant()) : (text[..split], text[(split + 1)..]);
        var names = RegionNameComparer.Instance;
        var equal = names.Equals(x, y);
        Expect.That(equal == names.Equals(y, x), "equality is symmetric", text);
        Expect.That(equal == (names.Compare(x, y) == 0) && Math.Sign(names.Compare(x, y)) == -Math.Sign(names.Compare(y, x)), "comparing agrees with equality, both ways", text);
        Expect.That(!equal || names.GetHashCode(x) == names.GetHashCode(y), "equal names hash alike", text);
        Expect.That(names.Equals(x, x), "a name equals itself", text);
        Expect.That(NameFolding.Fold(x) == NameFolding.FoldFully(x.Trim()), "the folding's fast path agrees with the full folding", text);
        Expect.That(new RegionDirectory().FindByName(x).Count == 0, "an empty directory finds nothing", text);
    }

    /// <summary>
    /// A key made from the caller's own text (<see cref="RegionId"/>, <see cref="AgreementId"/>,
    /// <see cref="DelegationId"/>): documented refusal <see cref="ArgumentException"/> naming <c>value</c>; the key
    /// keeps the text trimmed, and its text makes an equal key.
    /// </summary>
    public static void Key<T>(string text, Func<string, T> create, Func<T, string> valueOf)
        where T : struct
    {
        if (Expect.ReadOrRefused(() => create(text), "value", out var key))
        {
            Expect.That(valueOf(key) == text.Trim(), "the key keeps the text, trimmed", text);
            Expect.ReadsBack(text, key, create);
        }
    }
}
