using System.Text.Json.Serialization;

namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>
/// The document's source-generated metadata: nothing is serialized by reflection. Names are camelCase; a missing
/// required property, a null where the document wants a value, or a property it does not know is an error. An event's
/// or engagement's <c>"event"</c> or <c>"engagement"</c> comes first in its object, as the writer puts it: reading it
/// anywhere else would make the serializer buffer every event before reading it.
/// </summary>
/// <remarks>
/// The document types have settable properties and a parameterless constructor, and mark what the document must hold
/// with <see cref="JsonRequiredAttribute"/> rather than C#'s <c>required</c>, <c>init</c> or a positional record: the
/// generated code can only fill those through the object initializer, which sends every type down System.Text.Json's
/// parameterized-constructor path, where each property is first buffered as a boxed argument (a fifth of the whole
/// load's time). A required reference starts as <c>null!</c> only until the serializer, which refuses it missing or
/// null, sets it.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(RegisterShape))]
[JsonSerializable(typeof(RegionDocument))]
[JsonSerializable(typeof(AgreementDocument))]
[JsonSerializable(typeof(DelegationDocument))]
internal sealed partial class RegisterDocumentContext : JsonSerializerContext;
