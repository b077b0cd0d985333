using System.Text.Json.Serialization;
namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>
/// The whole document as one type, for its JSON Schema and for tests: the reader and writer stream the same
/// properties element by element (see <see cref="RegisterDocumentWriter"/>), in this order.
/// </summary>
internal sealed record RegisterShape
{
    /// <summary>Always <see cref="RegisterDocument.Format"/>.</summary>
    [JsonRequired]
    public string Format { get; set; } = null!;

    /// <summary>The version of the format, from 1; a reader refuses a version newer than it knows.</summary>
    [JsonRequired]
    public int Version { get; set; }

    /// <summary>The regions, parents before their children.</summary>
    [JsonRequired]
    public List<RegionDocument> Regions { get; set; } = null!;

    /// <summary>The agreements, in the order the register holds them.</summary>
    [JsonRequired]
    public List<AgreementDocument> Agreements { get; set; } = null!;

    /// <summary>The delegations, in the order they were recorded.</summary>
    [JsonRequired]
    public List<DelegationDocument> Delegations { get; set; } = null!;
}
