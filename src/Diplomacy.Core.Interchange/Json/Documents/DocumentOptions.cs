using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>
/// The serializer settings of the document, built once: the source-generated context, NodaTime values in ISO form
/// (dates "2025-09-22", local times "2025-09-22T09:30:00", zoned times with offset and zone, periods "P3Y"), partial
/// dates as people write them, enums as camelCase names, and text written as it reads (Korean stays Korean).
/// </summary>
internal static class DocumentOptions
{
    public static JsonSerializerOptions Serializer { get; } = Build();

    public static JsonTypeInfo<RegionDocument> Region { get; } = Info<RegionDocument>();

    public static JsonTypeInfo<AgreementDocument> Agreement { get; } = Info<AgreementDocument>();

    public static JsonTypeInfo<DelegationDocument> Delegation { get; } = Info<DelegationDocument>();

    public static JsonTypeInfo<RegisterShape> Whole { get; } = Info<RegisterShape>();

    /// <summary>
    /// The writer's escaping: only what JSON itself requires, since the document is data, not HTML; names in Hangul or
    /// Han characters are written as they read.
    /// </summary>
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Serializer.GetTypeInfo(typeof(T));

    /// <summary>
    /// Builds the settings anew. <see cref="Serializer"/> holds the one instance the package uses; the tests of the
    /// settings build their own, since the shared one is built once per process, before any test can change how it is
    /// built (mutation testing switches its mutants on only while tests run).
    /// </summary>
    public static JsonSerializerOptions Build()
    {
        var options = new JsonSerializerOptions(RegisterDocumentContext.Default.Options)
        {
            Encoder = Encoder,
        };
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(NodaConverters.LocalDateTimeConverter);
        options.Converters.Add(NodaConverters.CreateZonedDateTimeConverter(DateTimeZoneProviders.Tzdb));
        options.Converters.Add(NodaConverters.RoundtripPeriodConverter);
        options.Converters.Add(new PartialDateConverter());
        options.Converters.Add(new JsonStringEnumConverter<AgreementKind>(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<SuspensionReason>(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<AdministrativeKind>(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<DelegationDirection>(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<CommitmentStatus>(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<GiftDirection>(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new JsonStringEnumConverter<GiftDispositionKind>(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }
}
