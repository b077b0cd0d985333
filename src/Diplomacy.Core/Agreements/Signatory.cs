using Ardalis.GuardClauses;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Agreements;

/// <summary>A person who signed an agreement, for one of its parties: "Kim Dong-yeon, Governor, for Gyeonggi-do".</summary>
/// <remarks>
/// Equality is by value (name and title ordinally, the party by region id). Immutable, and so safe to share
/// between threads. An agreement accepts a signatory only for one of its parties.
/// </remarks>
public sealed record Signatory
{
    /// <summary>Creates a signatory.</summary>
    /// <param name="name">The person's name as the agreement gives it; trimmed.</param>
    /// <param name="title">The person's title, such as "Governor" or "Mayor"; trimmed.</param>
    /// <param name="party">The region the person signed for.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="title"/> is empty or white space.</exception>
    public Signatory(string name, string title, Region party)
    {
        Name = Guard.Against.NullOrWhiteSpace(name).Trim();
        Title = Guard.Against.NullOrWhiteSpace(title).Trim();
        Party = Guard.Against.Null(party);
    }

    /// <summary>The person's name.</summary>
    public string Name { get; }

    /// <summary>The person's title.</summary>
    public string Title { get; }

    /// <summary>The region the person signed for.</summary>
    public Region Party { get; }
}
