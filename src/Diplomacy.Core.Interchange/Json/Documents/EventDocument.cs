using System.Text.Json.Serialization;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>One event of an agreement's history, named by its <c>"event"</c> property, with the sources that back it.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "event", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ProposedDocument), "proposed")]
[JsonDerivedType(typeof(ApprovedDocument), "approved")]
[JsonDerivedType(typeof(SignedDocument), "signed")]
[JsonDerivedType(typeof(EnteredIntoForceDocument), "enteredIntoForce")]
[JsonDerivedType(typeof(SuspendedDocument), "suspended")]
[JsonDerivedType(typeof(ResumedDocument), "resumed")]
[JsonDerivedType(typeof(RenewedDocument), "renewed")]
[JsonDerivedType(typeof(UpgradedDocument), "upgraded")]
[JsonDerivedType(typeof(TerminatedDocument), "terminated")]
[JsonDerivedType(typeof(SupersededDocument), "superseded")]
[JsonDerivedType(typeof(WithdrewDocument), "withdrew")]
internal abstract record EventDocument
{
    /// <summary>The day, as people write it: "2025-09-22", "1993-10", "2011", "..2025-09-22", "2011..2012-06-30", "unknown".</summary>
    [JsonPropertyOrder(-1)]
    [JsonRequired]
    public PartialDate On { get; set; }

    [JsonPropertyOrder(1)]
    public List<SourceDocument>? Sources { get; set; }
}

internal sealed record ProposedDocument : EventDocument
{
    [JsonRequired]
    public AgreementKind Kind { get; set; }
}

internal sealed record ApprovedDocument : EventDocument
{
    [JsonRequired]
    public string Body { get; set; } = null!;

    public string? Resolution { get; set; }
}

internal sealed record SignedDocument : EventDocument
{
    [JsonRequired]
    public AgreementKind Kind { get; set; }

    public string? Place { get; set; }

    public TermDocument? Term { get; set; }

    [JsonRequired]
    public bool EntersIntoForceOnSigning { get; set; }
}

internal sealed record EnteredIntoForceDocument : EventDocument;

internal sealed record SuspendedDocument : EventDocument
{
    [JsonRequired]
    public SuspensionReason Reason { get; set; }

    public string? Note { get; set; }
}

internal sealed record ResumedDocument : EventDocument;

internal sealed record RenewedDocument : EventDocument
{
    [JsonRequired]
    public TermDocument Term { get; set; } = null!;
}

internal sealed record UpgradedDocument : EventDocument
{
    [JsonRequired]
    public AgreementKind From { get; set; }

    [JsonRequired]
    public AgreementKind To { get; set; }
}

internal sealed record TerminatedDocument : EventDocument
{
    [JsonRequired]
    public string By { get; set; } = null!;

    [JsonRequired]
    public string Reason { get; set; } = null!;
}

internal sealed record SupersededDocument : EventDocument
{
    [JsonRequired]
    public string By { get; set; } = null!;
}

internal sealed record WithdrewDocument : EventDocument
{
    [JsonRequired]
    public string Party { get; set; } = null!;

    [JsonRequired]
    public string Reason { get; set; } = null!;
}
