namespace Diplomacy.Core.Delegations;

/// <summary>
/// The part a person plays in a delegation: governor, council chair, ambassador for international
/// relations, business representative, … An open set: the well-known roles are static properties, and a
/// register may name its own with <see cref="MemberRole(string)"/>.
/// </summary>
/// <remarks>
/// Equality is by <see cref="Name"/>, ignoring case and runs of white space, so a user's
/// <c>new MemberRole("Governor")</c> is <see cref="Governor"/>. <c>default(MemberRole)</c> is not a role:
/// its <see cref="Name"/> is empty, and a member cannot have it. Immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var head = new DelegationMember("Kim Dong-yeon", "Governor of Gyeonggi Province", MemberRole.Governor);
/// var interpreter = new MemberRole("interpreter"); // a register's own role
/// </code>
/// </example>
public readonly record struct MemberRole
{
    private readonly string? _name;

    /// <summary>Names a role, well-known or the register's own.</summary>
    /// <param name="name">The role's name in English, for example <c>"interpreter"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public MemberRole(string name) => _name = OpenSetName.Normalize(name);

    /// <summary>The head of a province's (or state's, prefecture's) government.</summary>
    public static MemberRole Governor { get; } = new("governor");

    /// <summary>A deputy head of a province's government.</summary>
    public static MemberRole ViceGovernor { get; } = new("vice-governor");

    /// <summary>The head of a city's government.</summary>
    public static MemberRole Mayor { get; } = new("mayor");

    /// <summary>A deputy head of a city's government.</summary>
    public static MemberRole ViceMayor { get; } = new("vice-mayor");

    /// <summary>The chair (speaker) of a regional or city council: the legislature travelling with the executive.</summary>
    public static MemberRole CouncilChair { get; } = new("council chair");

    /// <summary>A member of a regional or city council.</summary>
    public static MemberRole CouncilMember { get; } = new("council member");

    /// <summary>A regional government's ambassador for international relations (Gyeonggi's 국제관계대사).</summary>
    public static MemberRole AmbassadorForInternationalRelations { get; } = new("ambassador for international relations");

    /// <summary>A civil servant of the government.</summary>
    public static MemberRole Official { get; } = new("official");

    /// <summary>A person speaking for a company that travels with the delegation.</summary>
    public static MemberRole BusinessRepresentative { get; } = new("business representative");

    /// <summary>A specialist invited for a field: an academic, a researcher, an adviser.</summary>
    public static MemberRole Expert { get; } = new("expert");

    /// <summary>A reporter covering the visit.</summary>
    public static MemberRole Journalist { get; } = new("journalist");

    /// <summary>The role's name, normalized; empty for <c>default</c>.</summary>
    public string Name => _name ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(MemberRole other) => OpenSetName.Comparer.Equals(Name, other.Name);

    /// <inheritdoc />
    public override int GetHashCode() => OpenSetName.Comparer.GetHashCode(Name);

    /// <summary>The role's name.</summary>
    /// <returns>The name, for example <c>council chair</c>.</returns>
    public override string ToString() => Name;
}
