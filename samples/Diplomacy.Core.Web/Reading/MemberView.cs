using Diplomacy.Core.Coverage;
using Diplomacy.Core.Web.Language;

namespace Diplomacy.Core.Web.Reading;

/// <summary>A cohort member's place in a coverage, with the ties behind it (those that cover it, or may).</summary>
public sealed record MemberView(RegionView Region, CoverageOutcome Outcome, string OutcomeText, IReadOnlyList<TieRef> Ties)
{
    public static MemberView Of(MemberCoverage member, Texts texts) => new(
        RegionView.Of(member.Member.Key, member.Region, texts),
        member.Outcome,
        texts.Outcome(member.Outcome),
        [.. member.Agreements.Select(TieRef.Of)]);
}
