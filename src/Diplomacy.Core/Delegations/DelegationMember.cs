using Ardalis.GuardClauses;

namespace Diplomacy.Core.Delegations;

/// <summary>A person travelling in a delegation: name, title as written, and role.</summary>
/// <remarks>
/// Equality is by value: the same name, title and role (names and titles compared as written, ordinally).
/// Two people with the same name are two members when their titles or roles differ. Immutable and
/// thread-safe.
/// </remarks>
public sealed record DelegationMember
{
    /// <summary>Describes a member.</summary>
    /// <param name="name">The person's name, for example <c>"Kim Dong-yeon"</c>.</param>
    /// <param name="title">The title as written, for example <c>"Governor of Gyeonggi Province"</c>.</param>
    /// <param name="role">The part the person plays in the delegation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> or <paramref name="title"/> is blank, or <paramref name="role"/> is <c>default</c>.
    /// </exception>
    public DelegationMember(string name, string title, MemberRole role)
    {
        Name = Guard.Against.NullOrWhiteSpace(name).Trim();
        Title = Guard.Against.NullOrWhiteSpace(title).Trim();
        Role = Guard.Against.Default(role);
    }

    /// <summary>The person's name.</summary>
    public string Name { get; }

    /// <summary>The person's title, as written.</summary>
    public string Title { get; }

    /// <summary>The part the person plays in the delegation.</summary>
    public MemberRole Role { get; }

    /// <summary>The title and the name, for example <c>Governor of Gyeonggi Province Kim Dong-yeon</c>.</summary>
    /// <returns>A description for people.</returns>
    public override string ToString() => $"{Title} {Name}";
}
