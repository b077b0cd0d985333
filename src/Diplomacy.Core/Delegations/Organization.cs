using Ardalis.GuardClauses;

namespace Diplomacy.Core.Delegations;

/// <summary>
/// A company or institution: one that travels with a delegation (Hancom, in AI data), or one a delegation
/// visits (Tencent's Shanghai office, Seventh Robotics).
/// </summary>
/// <remarks>
/// Equality is by value: the same name (as written, ordinally) and the same field. Immutable and thread-safe.
/// </remarks>
public sealed record Organization
{
    /// <summary>Describes an organization.</summary>
    /// <param name="name">Its name, for example <c>"Tencent Shanghai office"</c>.</param>
    /// <param name="field">The field it works in, or null when the register does not say.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> is blank, or <paramref name="field"/> is <c>default(OrganizationField)</c>.
    /// </exception>
    public Organization(string name, OrganizationField? field = null)
    {
        Name = Guard.Against.NullOrWhiteSpace(name).Trim();
        if (field is { } value)
        {
            Guard.Against.Default(value, nameof(field));
        }

        Field = field;
    }

    /// <summary>The organization's name.</summary>
    public string Name { get; }

    /// <summary>The field it works in, or null when not recorded.</summary>
    public OrganizationField? Field { get; }

    /// <summary>The name, and the field when known: <c>Hancom (AI data)</c>.</summary>
    /// <returns>A description for people.</returns>
    public override string ToString() => Field is { } field ? $"{Name} ({field})" : Name;
}
