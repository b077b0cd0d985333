namespace Diplomacy.Core.Statistics;

/// <summary>One row of a <see cref="StatisticsTable"/>: a group's stable key and how many ties it holds.</summary>
/// <remarks>
/// The key is stable and language-free: an ISO code (<c>CN</c>, <c>CN-SH</c>), a kind or status name
/// (<c>SisterCity</c>, <c>Expired</c>), a decade (<c>1990s</c>) or a field's name (<c>economy</c>). Read a label
/// in a language with <see cref="StatisticsTable.LabelOf"/>. Equality is by value; <c>default</c> is an empty key
/// with no ties.
/// </remarks>
/// <param name="Key">The group's stable key.</param>
/// <param name="Count">How many ties the group holds.</param>
public readonly record struct StatisticsRow(string Key, int Count);
