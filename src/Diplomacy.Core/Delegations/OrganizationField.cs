namespace Diplomacy.Core.Delegations;

/// <summary>
/// The field an organization works in, such as the six fields of the nine "Gyeonggi AI Leaders"
/// companies (cloud, AI data, AI robotics, AI convergence solutions, physical AI, AI security). An open
/// set: the well-known fields are static properties, and a register may name its own with
/// <see cref="OrganizationField(string)"/>.
/// </summary>
/// <remarks>
/// Equality is by <see cref="Name"/>, ignoring case and runs of white space. <c>default(OrganizationField)</c>
/// is not a field: its <see cref="Name"/> is empty. Immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var hancom = new Organization("Hancom", OrganizationField.AiData);
/// var gaming = new OrganizationField("online games"); // a register's own field
/// </code>
/// </example>
public readonly record struct OrganizationField
{
    private readonly string? _name;

    /// <summary>Names a field, well-known or the register's own.</summary>
    /// <param name="name">The field's name in English, for example <c>"online games"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public OrganizationField(string name) => _name = OpenSetName.Normalize(name);

    /// <summary>Cloud computing services and platforms.</summary>
    public static OrganizationField Cloud { get; } = new("cloud");

    /// <summary>Artificial intelligence in general.</summary>
    public static OrganizationField ArtificialIntelligence { get; } = new("artificial intelligence");

    /// <summary>Data for artificial intelligence: collection, labelling, documents.</summary>
    public static OrganizationField AiData { get; } = new("AI data");

    /// <summary>Robots driven by artificial intelligence.</summary>
    public static OrganizationField AiRobotics { get; } = new("AI robotics");

    /// <summary>Solutions that combine artificial intelligence with another industry's products.</summary>
    public static OrganizationField AiConvergenceSolutions { get; } = new("AI convergence solutions");

    /// <summary>Artificial intelligence embodied in machines that act in the physical world.</summary>
    public static OrganizationField PhysicalAi { get; } = new("physical AI");

    /// <summary>Security of and by artificial intelligence.</summary>
    public static OrganizationField AiSecurity { get; } = new("AI security");

    /// <summary>Robots and robotic systems.</summary>
    public static OrganizationField Robotics { get; } = new("robotics");

    /// <summary>Internet services and platforms.</summary>
    public static OrganizationField InternetServices { get; } = new("internet services");

    /// <summary>Semiconductors and their equipment.</summary>
    public static OrganizationField Semiconductors { get; } = new("semiconductors");

    /// <summary>Biotechnology, pharmaceuticals and health products.</summary>
    public static OrganizationField Biotechnology { get; } = new("biotechnology");

    /// <summary>Manufacturing.</summary>
    public static OrganizationField Manufacturing { get; } = new("manufacturing");

    /// <summary>Culture: libraries, museums, publishing, the arts.</summary>
    public static OrganizationField Culture { get; } = new("culture");

    /// <summary>Tourism.</summary>
    public static OrganizationField Tourism { get; } = new("tourism");

    /// <summary>The field's name, normalized; empty for <c>default</c>.</summary>
    public string Name => _name ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(OrganizationField other) => OpenSetName.Comparer.Equals(Name, other.Name);

    /// <inheritdoc />
    public override int GetHashCode() => OpenSetName.Comparer.GetHashCode(Name);

    /// <summary>The field's name.</summary>
    /// <returns>The name, for example <c>AI robotics</c>.</returns>
    public override string ToString() => Name;
}
