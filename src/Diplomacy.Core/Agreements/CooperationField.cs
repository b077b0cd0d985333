using System.Collections.Immutable;

namespace Diplomacy.Core.Agreements;

/// <summary>
/// A field of cooperation an agreement covers: one of the well-known fields (<see cref="Economy"/>,
/// <see cref="Culture"/>, <see cref="Ict"/>, …) or one a user defines (<c>CooperationField.Of("elderly care")</c>).
/// </summary>
/// <remarks>
/// Equality is by name, ordinal and ignoring case, so <c>Of("Culture")</c> is <see cref="Culture"/>.
/// <c>default(CooperationField)</c> is not a field: its <see cref="Name"/> is empty, and agreements refuse it.
/// Immutable, and so safe to share between threads.
/// </remarks>
/// <example>
/// <code>
/// CooperationField.Of("culture") == CooperationField.Culture;  // true
/// CooperationField.Of("elderly care").IsWellKnown;              // false: a user's own field
/// </code>
/// </example>
public readonly record struct CooperationField
{
    private readonly string? _name;

    private CooperationField(string name) => _name = name;

    /// <summary>The economy in general.</summary>
    public static CooperationField Economy { get; } = new("economy");

    /// <summary>Trade, trade fairs and market entry.</summary>
    public static CooperationField Trade { get; } = new("trade");

    /// <summary>Investment, joint investment and support for companies entering each other's market.</summary>
    public static CooperationField Investment { get; } = new("investment");

    /// <summary>Science and research.</summary>
    public static CooperationField Science { get; } = new("science");

    /// <summary>Technology and industry.</summary>
    public static CooperationField Technology { get; } = new("technology");

    /// <summary>Information and communication technology, AI among it.</summary>
    public static CooperationField Ict { get; } = new("ICT");

    /// <summary>Education, schools and universities.</summary>
    public static CooperationField Education { get; } = new("education");

    /// <summary>Culture and the arts.</summary>
    public static CooperationField Culture { get; } = new("culture");

    /// <summary>Tourism.</summary>
    public static CooperationField Tourism { get; } = new("tourism");

    /// <summary>Health and medicine.</summary>
    public static CooperationField Health { get; } = new("health");

    /// <summary>The environment and its protection.</summary>
    public static CooperationField Environment { get; } = new("environment");

    /// <summary>Urban management and planning.</summary>
    public static CooperationField UrbanManagement { get; } = new("urban management");

    /// <summary>Social welfare, care for the elderly among it.</summary>
    public static CooperationField Welfare { get; } = new("welfare");

    /// <summary>Sport.</summary>
    public static CooperationField Sport { get; } = new("sport");

    /// <summary>Youth exchanges.</summary>
    public static CooperationField Youth { get; } = new("youth");

    /// <summary>Agriculture.</summary>
    public static CooperationField Agriculture { get; } = new("agriculture");

    /// <summary>Public administration and exchanges of officials.</summary>
    public static CooperationField Administration { get; } = new("administration");

    /// <summary>Exchanges between people: citizens, associations, delegations.</summary>
    public static CooperationField PeopleToPeople { get; } = new("people-to-people");

    /// <summary>Every well-known field, in the order above.</summary>
    public static ImmutableArray<CooperationField> WellKnown { get; } =
    [
        Economy, Trade, Investment, Science, Technology, Ict, Education, Culture, Tourism, Health,
        Environment, UrbanManagement, Welfare, Sport, Youth, Agriculture, Administration, PeopleToPeople,
    ];

    /// <summary>The field's name; empty for <c>default</c>.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Whether the field is one of <see cref="WellKnown"/>.</summary>
    public bool IsWellKnown => WellKnown.Contains(this);

    /// <summary>The field of that name: a well-known one when the name matches one (ignoring case), otherwise a user's own.</summary>
    /// <param name="name">The field's name; trimmed, inner runs of white space made one space.</param>
    /// <returns>The field; a well-known field keeps its own spelling.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static CooperationField Of(string name)
    {
        var field = new CooperationField(OpenSetName.Normalize(name));
        var index = WellKnown.IndexOf(field);
        return index < 0 ? field : WellKnown[index];
    }

    /// <inheritdoc />
    public bool Equals(CooperationField other) => OpenSetName.Comparer.Equals(Name, other.Name);

    /// <inheritdoc />
    public override int GetHashCode() => OpenSetName.Comparer.GetHashCode(Name);

    /// <summary>The field's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
