using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Sheets;

/// <summary>
/// The words registers and lists write for a kind of tie, in English, Korean, Chinese and Japanese, and the core's
/// own names (<c>SisterCity</c>, <c>sister city</c>, <c>sister-city</c>): case, spaces, hyphens, underscores and
/// dots are ignored.
/// </summary>
/// <remarks>
/// "Friendship city" is a sister-city tie: it is CPAFFC's English for 友好城市, the Chinese word for twinning, which
/// the core's <see cref="AgreementKind.SisterCity"/> stands for. "Friendship" alone, 우호교류 and Japan's 友好都市
/// (which Japanese registers keep apart from 姉妹都市) are <see cref="AgreementKind.Friendship"/>.
/// </remarks>
internal static class AgreementKindNames
{
    private static readonly Dictionary<string, AgreementKind> Words = Build();

    /// <summary>The kind a word names, or <see langword="null"/> when no kind answers to it.</summary>
    public static AgreementKind? Find(string word) =>
        Words.TryGetValue(Fold(word), out var kind) ? kind : null;

    private static Dictionary<string, AgreementKind> Build()
    {
        var words = new Dictionary<string, AgreementKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var kind in Enum.GetValues<AgreementKind>())
        {
            words.Add(Fold(kind.ToString()), kind);
        }

        Add(AgreementKind.SisterCity, "sister", "sister cities", "sister province", "sister state", "twin", "twinning", "twinned", "twin town", "twin city",
            "friendship city", "friendship cities", "friendship province", "자매결연", "자매도시", "자매", "友好城市", "友城", "友好省州", "姉妹都市", "姉妹提携");
        Add(AgreementKind.Friendship, "friendly", "friendly city", "friendly exchange", "friendly cooperation", "friendly relations", "partnership",
            "partner city", "우호교류", "우호협력", "우호도시", "友好交流", "友好合作", "友好都市");
        Add(AgreementKind.CooperationMemorandum, "MOU", "memorandum", "memorandum of understanding", "cooperation agreement",
            "업무협약", "협약", "合作备忘录", "备忘录");
        Add(AgreementKind.LetterOfIntent, "LOI", "intent", "letter of intent", "의향서", "意向书");
        Add(AgreementKind.SectorAgreement, "sector", "sectoral agreement", "agency agreement");
        return words;

        void Add(AgreementKind kind, params string[] names)
        {
            foreach (var name in names)
            {
                words.TryAdd(Fold(name), kind);
            }
        }
    }

    private static string Fold(string word) =>
        word.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("-", string.Empty, StringComparison.Ordinal)
            .Replace("_", string.Empty, StringComparison.Ordinal)
            .Replace(".", string.Empty, StringComparison.Ordinal)
            .Trim();
}
