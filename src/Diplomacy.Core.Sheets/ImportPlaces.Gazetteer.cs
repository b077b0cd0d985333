using Diplomacy.Core.Geography;
using Diplomacy.Core.Reference;

namespace Diplomacy.Core.Sheets;

/// <summary>Where a gazetteer is given, a city named within its country arrives as the gazetteer's place.</summary>
internal sealed partial class ImportPlaces
{
    private readonly IPlaceResolver? _resolver;
    private readonly HashSet<RegionId> _fromGazetteer = [];
    private readonly Dictionary<(string Name, RegionId Country), SharedName> _sharedNames = [];

    // The resolver's answer for a name within a country, kept for the whole import: it depends on the gazetteer alone,
    // not on what the register or the import holds, and a list names the same places again and again.
    private readonly Dictionary<(string Name, RegionId Country), PlaceChoice?> _choices = [];

    /// <summary>Each name several places share, once, with the place chosen.</summary>
    public IEnumerable<SharedName> SharedNames => _sharedNames.Values;

    /// <summary>Whether the gazetteer gave the region (which then has its own zone, not one assumed).</summary>
    public bool FromGazetteer(RegionId id) => _fromGazetteer.Contains(id);

    /// <summary>
    /// The gazetteer's place for a name within a country, held or planned with whichever of its divisions and country
    /// the directory lacks; <see langword="null"/> when there is no gazetteer, it knows no such place, or the directory
    /// holds a place of its own by that name (the register's own places win).
    /// </summary>
    /// <remarks>A populated place is chosen before a first-level division of the same name: lists of ties name cities.</remarks>
    private Region? FromGazetteer(string text, Region country, string role)
    {
        if (_resolver is null || Choice(_resolver, text, country) is not { } choice)
        {
            return null;
        }

        if (choice.Place is not { } place)
        {
            throw new RowRefusedException(
                RowRefusalReason.AmbiguousName,
                $"The {role} '{text}' names {choice.Candidates.Count} places of {country.Name} ({string.Join(", ", choice.Candidates.Select(c => c.Id.Value))}), and {choice.Rule}: give a more exact name.");
        }

        if (HoldsOwnPlace(text, country, place))
        {
            return null;
        }

        if (choice.Candidates.Count > 1 && !_sharedNames.ContainsKey((text, country.Id)))
        {
            _plan.Cache(_sharedNames, (text, country.Id), new SharedName(text, country, place, choice.Candidates, choice.Rule));
        }

        _fromGazetteer.Add(place.Id);
        return FromCatalog(place);
    }

    /// <summary>Whether the directory holds a place of its own (not the gazetteer's, nor a division or country) by the name, within the country, other than the one chosen.</summary>
    private bool HoldsOwnPlace(string text, Region country, Region chosen)
    {
        // Cheapest test first: in a long import most regions by a name came from the gazetteer.
        foreach (var region in _directory.FindByName(text))
        {
            if (!_fromGazetteer.Contains(region.Id) && region.SubdivisionCode is null && !region.IsCountry && !region.Id.Equals(chosen.Id) && region.IsWithin(country))
            {
                return true;
            }
        }

        return false;
    }

    private PlaceChoice? Choice(IPlaceResolver resolver, string text, Region country)
    {
        if (!_choices.TryGetValue((text, country.Id), out var choice))
        {
            choice = resolver.Resolve(text, country);
            _choices.Add((text, country.Id), choice);
        }

        return choice;
    }
}
