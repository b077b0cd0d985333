using System.Text.Json.Serialization;

namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>
/// The document's source-generated metadata: nothing is serialized by reflection. Names are camelCase; a missing
/// required property, a null where the document wants a value, or a property it does not know is an error.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowOutOfOrderMetadataProperties = true)]
[JsonSerializable(typeof(RegisterShape))]
[JsonSerializable(typeof(RegionDocument))]
[JsonSerializable(typeof(AgreementDocument))]
[JsonSerializable(typeof(DelegationDocument))]
internal sealed partial class RegisterDocumentContext : JsonSerializerContext;
