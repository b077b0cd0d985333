using Diplomacy.Core.Sheets;
using Diplomacy.Core.Web.Language;
using Diplomacy.Core.Web.Reading;

namespace Diplomacy.Core.Web.Writing;

/// <summary>An import's report as a page shows it: the interchange package's summary and every row it names.</summary>
public sealed record ImportReportView
{
    /// <summary>The package's one-line summary (<c>5 rows read: 3 ties created, …</c>).</summary>
    public required string Summary { get; init; }

    public required int RowsRead { get; init; }

    public required bool Landed { get; init; }

    public required IReadOnlyList<TieRef> TiesCreated { get; init; }

    public required IReadOnlyList<RegionView> RegionsCreated { get; init; }

    public required IReadOnlyList<RegionView> RegionsMatched { get; init; }

    public required IReadOnlyList<string> Duplicates { get; init; }

    public required IReadOnlyList<string> SelfTies { get; init; }

    public required IReadOnlyList<string> Refused { get; init; }

    public static ImportReportView Of(ImportReport report, Texts texts) => new()
    {
        Summary = report.ToString(),
        RowsRead = report.RowsRead,
        Landed = report.Landed,
        TiesCreated = [.. report.TiesCreated.Select(TieRef.Of)],
        RegionsCreated = [.. report.RegionsCreated.Select(region => RegionView.Of(region, texts))],
        RegionsMatched = [.. report.RegionsMatched.Select(region => RegionView.Of(region, texts))],
        Duplicates = [.. report.Duplicates.Select(row => row.ToString())],
        SelfTies = [.. report.SelfTies.Select(row => row.ToString())],
        Refused = [.. report.Refused.Select(row => row.ToString())],
    };
}
