using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Reference;

/// <summary>
/// A country that lists write but that neither ISO 3166-1 nor CLDR holds, so that the catalog has no region for it
/// (Northern Cyprus): what an import says instead of "unknown country".
/// </summary>
/// <param name="Name">The territory's English name, for messages: <c>Northern Cyprus</c>.</param>
/// <param name="ListedUnder">The catalog's country whose territory ISO 3166 counts it in: Cyprus (<c>CY</c>).</param>
public sealed record UnlistedCountry(string Name, Region ListedUnder);
