using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using NodaTime.TimeZones;

namespace Diplomacy.Core.Sheets;

/// <summary>What an import did, counted as it goes, and the <see cref="ImportReport"/> it gives at the end.</summary>
internal sealed class ImportTally
{
    private static readonly Lazy<Dictionary<string, int>> ZonesPerCountry = new(() =>
        TzdbDateTimeZoneSource.Default.ZoneLocations!
            .GroupBy(location => location.CountryCode, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.OrdinalIgnoreCase));

    private readonly List<Region> _created = [];
    private readonly HashSet<RegionId> _createdIds = [];
    private readonly List<Region> _matched = [];
    private readonly HashSet<RegionId> _matchedIds = [];
    private readonly List<Agreement> _tiesCreated = [];
    private readonly List<DuplicateRow> _duplicates = [];
    private readonly List<SelfTieRow> _selfTies = [];
    private readonly List<RefusedRow> _refused = [];
    private int _rowsRead;

    /// <summary>Whether any row, or the batch at the end, was refused.</summary>
    public bool AnyRefused => _refused.Count > 0;

    public void RowRead() => _rowsRead++;

    public void Refused(RefusedRow row) => _refused.Add(row);

    public void Duplicate(DuplicateRow row) => _duplicates.Add(row);

    public void SelfTie(SelfTieRow row) => _selfTies.Add(row);

    public void Created(IReadOnlyList<Region> regions)
    {
        _created.AddRange(regions);
        _createdIds.UnionWith(regions.Select(region => region.Id));
    }

    public void TieCreated(Agreement tie) => _tiesCreated.Add(tie);

    /// <summary>Counts the held regions a landed row used, each once, and never one the import created.</summary>
    public void Matched(IEnumerable<Region> regions)
    {
        foreach (var region in regions)
        {
            if (!_createdIds.Contains(region.Id) && _matchedIds.Add(region.Id))
            {
                _matched.Add(region);
            }
        }
    }

    /// <summary>The report; an import that did not land created nothing. A place the gazetteer gave has its own zone.</summary>
    public ImportReport Report(bool landed, Func<RegionId, bool> fromGazetteer, IEnumerable<SharedName> sharedNames) =>
        new(
            _rowsRead,
            landed,
            landed ? _created : [],
            _matched,
            landed ? [.. _created.Where(region => !fromGazetteer(region.Id) && HasAssumedZone(region))] : [],
            landed ? _tiesCreated : [],
            _duplicates,
            _selfTies,
            _refused)
        {
            SharedNames = [.. sharedNames],
        };

    private static bool HasAssumedZone(Region region) =>
        region is { SubdivisionCode: null, Parent: { IsCountry: true } country }
        && ZonesPerCountry.Value.GetValueOrDefault(country.Id.Value) > 1;
}
