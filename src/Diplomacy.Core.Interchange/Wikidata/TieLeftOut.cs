using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Interchange.Wikidata;

/// <summary>A tie of the register not written as QuickStatements, and why.</summary>
/// <param name="Agreement">The agreement left out.</param>
/// <param name="Reason">Why it was left out.</param>
public sealed record TieLeftOut(Agreement Agreement, TieLeftOutReason Reason);
