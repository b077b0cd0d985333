using Diplomacy.Core.Geography;
using Diplomacy.Core.Reference;
using Diplomacy.Core.Web.Language;

namespace Diplomacy.Core.Web.Reading;

/// <summary>A region as a page or the API shows it: its key and its name in the reader's language.</summary>
/// <param name="Id">The region's key (<c>KR-41</c>).</param>
/// <param name="Name">The name in the reader's language, by the core's fallback rules.</param>
public sealed record RegionView(string Id, string Name)
{
    public static RegionView Of(Region region, Texts texts) => new(region.Id.Value, region.Names.In(texts.Language).Text);

    /// <summary>A key the register may not hold (a cohort member without a region): named from the catalog when it knows it.</summary>
    public static RegionView Of(RegionId key, Region? region, Texts texts) =>
        region is not null ? Of(region, texts)
        : Catalog.Find(key.Value.AsSpan()) is { } known ? Of(known, texts)
        : new(key.Value, key.Value);
}
