using System.Text.Json.Serialization;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>One event of an agreement's history, named by its <c>"event"</c> property, with the sources that back it.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "event", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ProposedDocument), "proposed")]
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
    public required PartialDate On { get; init; }

    [JsonPropertyOrder(1)]
    public List<SourceDocument>? Sources { get; init; }
}

internal sealed record ProposedDocument : EventDocument
{
    public required AgreementKind Kind { get; init; }
}

internal sealed record SignedDocument : EventDocument
{
    public required AgreementKind Kind { get; init; }

    public string? Place { get; init; }

    public TermDocument? Term { get; init; }

    public required bool EntersIntoForceOnSigning { get; init; }
}

internal sealed record EnteredIntoForceDocument : EventDocument;

internal sealed record SuspendedDocument : EventDocument
{
    public required SuspensionReason Reason { get; init; }

    public string? Note { get; init; }
}

internal sealed record ResumedDocument : EventDocument;

internal sealed record RenewedDocument : EventDocument
{
    public required TermDocument Term { get; init; }
}

internal sealed record UpgradedDocument : EventDocument
{
    public required AgreementKind From { get; init; }

    public required AgreementKind To { get; init; }
}

internal sealed record TerminatedDocument : EventDocument
{
    public required string By { get; init; }

    public required string Reason { get; init; }
}

internal sealed record SupersededDocument : EventDocument
{
    public required string By { get; init; }
}

internal sealed record WithdrewDocument : EventDocument
{
    public required string Party { get; init; }

    public required string Reason { get; init; }
}
