using Diplomacy.Core.Agreements;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Language;

namespace Diplomacy.Core.Web.Reading;

/// <summary>One warning of the checks before signing, as a page shows it.</summary>
/// <param name="Check">Which check found it, stable for the API: <c>already-tied</c>, <c>lapsed-tie</c>, <c>conflicting-partner</c>, <c>approval-missing</c>.</param>
/// <param name="Text">What was found, in the reader's language.</param>
/// <param name="TieId">The tie it names, when it names one.</param>
public sealed record SigningCheckView(string Check, string Text, string? TieId)
{
    public static IReadOnlyList<SigningCheckView> Of(IEnumerable<SigningWarning> warnings, Texts texts) => [.. warnings.Select(warning => Of(warning, texts))];

    private static SigningCheckView Of(SigningWarning warning, Texts texts) => warning switch
    {
        AlreadyTiedWarning tied => new(
            "already-tied",
            texts.AlreadyTiedCheck(Name(tied.PartnerSide, texts), texts.Relation(tied.PartnerRelation), Name(tied.HomeSide, texts), texts.Relation(tied.HomeRelation), Label(tied.Tie), texts.Status(tied.Status)),
            tied.Tie.Id.Value),
        LapsedTieWarning lapsed => new("lapsed-tie", texts.LapsedTieCheck(Name(lapsed.Partner, texts), Label(lapsed.Tie), texts.Status(lapsed.Status)), lapsed.Tie.Id.Value),
        ConflictingPartnerWarning conflict => new(
            "conflicting-partner",
            texts.ConflictingPartnerCheck(Name(conflict.Partner, texts), Name(conflict.Listed.Region, texts), texts.Relation(conflict.Relation), conflict.Listed.Reason),
            null),
        ApprovalMissingWarning approval => new("approval-missing", texts.ApprovalMissingCheck(texts.Kind(approval.Kind), approval.Body), null),
        _ => throw new ArgumentException($"The host shows no warning of the kind {warning.GetType().Name}.", nameof(warning)),
    };

    private static string Name(Geography.Region region, Texts texts) => region.Names.In(texts.Language).Text;

    private static string Label(Agreement tie) => tie.Title ?? tie.Id.Value;
}
