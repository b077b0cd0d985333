namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>
/// The whole document as one type, for its JSON Schema and for tests: the reader and writer stream the same
/// properties element by element (see <see cref="RegisterDocumentWriter"/>), in this order.
/// </summary>
internal sealed record RegisterShape
{
    /// <summary>Always <see cref="RegisterDocument.Format"/>.</summary>
    public required string Format { get; init; }

    /// <summary>The version of the format, from 1; a reader refuses a version newer than it knows.</summary>
    public required int Version { get; init; }

    /// <summary>The regions, parents before their children.</summary>
    public required List<RegionDocument> Regions { get; init; }

    /// <summary>The agreements, in the order the register holds them.</summary>
    public required List<AgreementDocument> Agreements { get; init; }

    /// <summary>The delegations, in the order they were recorded.</summary>
    public required List<DelegationDocument> Delegations { get; init; }
}
