using Ardalis.GuardClauses;
using NodaTime;

namespace Diplomacy.Core.Delegations;

/// <summary>A gift handed over at a stop: 30 books by Korean authors to Shanghai Library.</summary>
/// <remarks>Equality is by value: the same time, item, quantity and recipient. Immutable and thread-safe.</remarks>
public sealed record Gift : Engagement
{
    /// <summary>Describes a gift.</summary>
    /// <param name="at">When it was handed over, in local time at the stop's place.</param>
    /// <param name="item">What was given, for example <c>"books by Korean authors"</c>.</param>
    /// <param name="quantity">How many, at least one.</param>
    /// <param name="recipient">Who received it, for example <c>"Shanghai Library"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> or <paramref name="recipient"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="item"/> or <paramref name="recipient"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is zero or negative.</exception>
    public Gift(LocalDateTime at, string item, int quantity, string recipient)
        : base(at)
    {
        Item = Guard.Against.NullOrWhiteSpace(item).Trim();
        Quantity = Guard.Against.OutOfRange(quantity, nameof(quantity), 1, int.MaxValue);
        Recipient = Guard.Against.NullOrWhiteSpace(recipient).Trim();
    }

    /// <summary>What was given.</summary>
    public string Item { get; }

    /// <summary>How many were given.</summary>
    public int Quantity { get; }

    /// <summary>Who received it.</summary>
    public string Recipient { get; }
}
