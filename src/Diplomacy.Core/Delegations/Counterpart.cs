using Ardalis.GuardClauses;

namespace Diplomacy.Core.Delegations;

/// <summary>A person a delegation meets on the other side: Mayor Gong Zheng of Shanghai.</summary>
/// <remarks>Equality is by value: the same name and title, as written (ordinal). Immutable and thread-safe.</remarks>
public sealed record Counterpart
{
    /// <summary>Describes a counterpart.</summary>
    /// <param name="name">The person's name, for example <c>"Gong Zheng"</c>.</param>
    /// <param name="title">The title as written, for example <c>"Mayor of Shanghai"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="title"/> is blank.</exception>
    public Counterpart(string name, string title)
    {
        Name = Guard.Against.NullOrWhiteSpace(name).Trim();
        Title = Guard.Against.NullOrWhiteSpace(title).Trim();
    }

    /// <summary>The person's name.</summary>
    public string Name { get; }

    /// <summary>The person's title, as written.</summary>
    public string Title { get; }

    /// <summary>The title and the name, for example <c>Mayor of Shanghai Gong Zheng</c>.</summary>
    /// <returns>A description for people.</returns>
    public override string ToString() => $"{Title} {Name}";
}
