using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Sheets;

/// <summary>A name that several places of a country bear, and the one an import chose for it through the gazetteer.</summary>
/// <param name="Name">The name as the rows wrote it.</param>
/// <param name="Country">The country the rows gave.</param>
/// <param name="Chosen">The place the import chose, and filed every row with that name and country under.</param>
/// <param name="Candidates">Every place of the country that bears the name, the chosen first.</param>
/// <param name="Rule">Why it was chosen (the capital, a seat, the most populous), as the gazetteer says.</param>
public sealed record SharedName(string Name, Region Country, Region Chosen, IReadOnlyList<Region> Candidates, string Rule);
