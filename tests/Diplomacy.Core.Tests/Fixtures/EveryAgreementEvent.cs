using System.Reflection;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Tests.Fixtures;

/// <summary>
/// An event of every lifecycle event type the core defines, found by reflection over the core, so that a rule over all
/// of them fails for a new event type that some mapping lacks instead of passing it over. Shared with the interchange
/// and storage tests, which link this file.
/// </summary>
public static class EveryAgreementEvent
{
    /// <summary>Every concrete event type of the core that can be an entry of a history: all but the retraction.</summary>
    public static IReadOnlyList<Type> Types { get; } =
    [
        .. typeof(IAgreementEvent).Assembly.GetTypes()
            .Where(type => typeof(IAgreementEvent).IsAssignableFrom(type) && type is { IsClass: true, IsAbstract: false } && type != typeof(AgreementEventRetracted))
            .OrderBy(type => type.Name, StringComparer.Ordinal),
    ];

    /// <summary>The names of <see cref="Types"/>, for a theory with a row per event type.</summary>
    public static TheoryData<string> Names => [.. Types.Select(type => type.Name)];

    /// <summary>
    /// An event of the type named, of the agreement <paramref name="id"/>, whose every value differs from its type's
    /// default (a mapping that drops one gives another event); each region it names is <paramref name="region"/>.
    /// </summary>
    public static IAgreementEvent Of(string typeName, AgreementId id, Region region)
    {
        var type = Types.Single(type => type.Name == typeName);
        var constructor = type.GetConstructors().MaxBy(candidate => candidate.GetParameters().Length)!;
        return (IAgreementEvent)constructor.Invoke([.. constructor.GetParameters().Select(parameter => Sample(parameter, id, region))]);
    }

    private static object Sample(ParameterInfo parameter, AgreementId id, Region region)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return type switch
        {
            _ when type == typeof(AgreementId) => parameter.Name == nameof(IAgreementEvent.AgreementId) ? id : new AgreementId("GG-SH-2030"),
            _ when type == typeof(PartialDate) => PartialDate.Parse("2025-09"),
            _ when type == typeof(AgreementKind) => AgreementKind.SisterCity,
            _ when type == typeof(Region) => region,
            _ when type == typeof(AgreementTerm) => AgreementTerm.OfYears(3),
            _ when type == typeof(bool) => true,
            _ when type == typeof(SuspensionReason) => SuspensionReason.Political,
            _ when type == typeof(string) => "as the register gives it",
            _ => throw new InvalidOperationException(
                $"{parameter.Member.DeclaringType?.Name}.{parameter.Name}: the fixture has no sample {type.Name}; add one, so that the new event is tested by every mapping."),
        };
    }
}
