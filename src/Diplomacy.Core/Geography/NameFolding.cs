using System.Text;

namespace Diplomacy.Core.Geography;

/// <summary>
/// How names are compared when they are looked up: NFKC-normalised (so full-width <c>ＳＨＡＮＧＨＡＩ</c> and
/// half-width katakana match their usual forms), trimmed, and compared ordinally ignoring case.
/// </summary>
internal static class NameFolding
{
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>The form a name is indexed and looked up in; returns the same instance when nothing changes.</summary>
    public static string Fold(string name)
    {
        var trimmed = name.Trim();
        return trimmed.IsNormalized(NormalizationForm.FormKC) ? trimmed : trimmed.Normalize(NormalizationForm.FormKC);
    }
}
