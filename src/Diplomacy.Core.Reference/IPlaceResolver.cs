using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Reference;

/// <summary>
/// A gazetteer that places a name within a country: the seam through which an importer (the sheet and pair-list
/// imports of Diplomacy.Core.Interchange) finds a city as a region under its first-level division, in its own time
/// zone, without depending on the gazetteer's package.
/// </summary>
/// <remarks>Diplomacy.Core.Places implements it (<c>Gazetteer.Resolver</c>); an import without one creates a place it
/// does not know under its country, as before.</remarks>
public interface IPlaceResolver
{
    /// <summary>The place a name stands for within a country, or <see langword="null"/> when the gazetteer knows none.</summary>
    /// <param name="name">The name as a list writes it, in any language.</param>
    /// <param name="country">The country the place lies in.</param>
    /// <returns>The choice, with every place that bears the name; <see langword="null"/> when none does.</returns>
    PlaceChoice? Resolve(string name, Region country);
}

/// <summary>What a gazetteer chose for a name within a country.</summary>
/// <param name="Place">The place chosen, a region under its first-level division (or its country); <see langword="null"/>
/// when the places that bear the name cannot be told apart by the gazetteer's rules, so that nothing should be guessed.</param>
/// <param name="Candidates">Every place within the country that bears the name, the preferred first.</param>
/// <param name="Rule">Why the chosen place was preferred (or why none was), in words for an import report.</param>
public sealed record PlaceChoice(Region? Place, IReadOnlyList<Region> Candidates, string Rule);
