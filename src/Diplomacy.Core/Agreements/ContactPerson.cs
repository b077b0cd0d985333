using Ardalis.GuardClauses;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Agreements;

/// <summary>
/// A person a party designates to handle the agreement, for every field or for one field of cooperation:
/// Gyeonggi named its Ambassador for International Relations to handle Chongqing.
/// </summary>
/// <remarks>
/// Equality is by value (texts ordinally, the party by region id, the field as <see cref="CooperationField"/>
/// compares). Immutable, and so safe to share between threads. An agreement accepts a contact person only
/// for one of its parties.
/// </remarks>
public sealed record ContactPerson
{
    /// <summary>Designates a contact person.</summary>
    /// <param name="name">The person's name; trimmed.</param>
    /// <param name="party">The region the person speaks for.</param>
    /// <param name="field">The field the person handles, or null for every field.</param>
    /// <param name="title">The person's title or office, when known; trimmed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> or <paramref name="title"/> is empty or white space, or <paramref name="field"/> is <c>default</c>.
    /// </exception>
    public ContactPerson(string name, Region party, CooperationField? field = null, string? title = null)
    {
        Name = Guard.Against.NullOrWhiteSpace(name).Trim();
        Party = Guard.Against.Null(party);
        Field = field is { } given ? Guard.Against.Default(given, nameof(field)) : null;
        Title = title is null ? null : Guard.Against.NullOrWhiteSpace(title).Trim();
    }

    /// <summary>The person's name.</summary>
    public string Name { get; }

    /// <summary>The region the person speaks for.</summary>
    public Region Party { get; }

    /// <summary>The field the person handles, or null for every field.</summary>
    public CooperationField? Field { get; }

    /// <summary>The person's title or office, when known.</summary>
    public string? Title { get; }
}
