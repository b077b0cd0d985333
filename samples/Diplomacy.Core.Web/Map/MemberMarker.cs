using Diplomacy.Core.Coverage;
using Diplomacy.Core.Web.Language;
using Diplomacy.Core.Web.Reading;

namespace Diplomacy.Core.Web.Map;

/// <summary>A cohort member on the map, with the coverage's outcome for it.</summary>
public sealed record MemberMarker(MapMarker Marker, CoverageOutcome Outcome, string OutcomeText)
{
    public static MemberMarker Of(MemberCoverage member, Texts texts)
    {
        var region = member.Region ?? Reference.Catalog.Find(member.Member.Key.Value.AsSpan());
        var marker = region is not null
            ? MapMarker.Of(region, texts)
            : new MapMarker(RegionView.Of(member.Member.Key, null, texts), null, null, PlacedBy.Nowhere);
        return new MemberMarker(marker, member.Outcome, texts.Outcome(member.Outcome));
    }
}
