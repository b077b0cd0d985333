using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Diplomacy.Core.Delegations;

/// <summary>A meeting with people of the other side, such as the governor's talks with Mayor Gong Zheng.</summary>
/// <remarks>Equality is by value: the same time, subject and counterparts in the same order. Immutable and thread-safe.</remarks>
public sealed record Meeting : Engagement
{
    /// <summary>Describes a meeting.</summary>
    /// <param name="at">When it began, in local time at the stop's place.</param>
    /// <param name="counterparts">The people met, at least one.</param>
    /// <param name="subject">What it was about, or null when the register does not say.</param>
    /// <exception cref="ArgumentNullException"><paramref name="counterparts"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="counterparts"/> is empty, or <paramref name="subject"/> is blank.</exception>
    public Meeting(LocalDateTime at, IEnumerable<Counterpart> counterparts, string? subject = null)
        : base(at)
    {
        Guard.Against.Null(counterparts);
        Counterparts = [.. counterparts.Select(counterpart => Guard.Against.Null(counterpart, nameof(counterparts)))];
        if (Counterparts.IsEmpty)
        {
            throw new ArgumentException("A meeting needs at least one counterpart.", nameof(counterparts));
        }

        Subject = subject is null ? null : Guard.Against.NullOrWhiteSpace(subject).Trim();
    }

    /// <summary>The people met, in the order given.</summary>
    public ImmutableArray<Counterpart> Counterparts { get; }

    /// <summary>What the meeting was about, or null.</summary>
    public string? Subject { get; }

    /// <inheritdoc />
    public bool Equals(Meeting? other) =>
        base.Equals(other) && Subject == other.Subject && Counterparts.SequenceEqual(other.Counterparts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Subject, Counterparts.Length);
}
