using Ardalis.GuardClauses;
using NodaTime;

namespace Diplomacy.Core.Delegations;

/// <summary>A gift handed over at a stop: 30 books by Korean authors to Shanghai Library.</summary>
/// <remarks>
/// <para>
/// A gift records which way it went for the delegation (<see cref="Direction"/>: by default the delegation gave it),
/// optionally its value (<see cref="Value"/>, the whole gift's, all items together, as a gift register declares it) and
/// what became of it (<see cref="Disposition"/>). A gift without a value is not a gift worth nothing: ledgers count it
/// apart and never add it as zero.
/// </para>
/// <para>Equality is by value: the same time, item, quantity, recipient, direction, value and disposition. Immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var vase = new Gift(new LocalDateTime(2025, 9, 25, 17, 0), "celadon vase", 1, "Governor of Gyeonggi")
/// {
///     Direction = GiftDirection.ToDelegation,
///     Value = new Money(1_200_000m, new CurrencyCode("KRW")),
///     Disposition = new GiftDisposition(GiftDispositionKind.OnDisplay, "Provincial reception hall"),
/// };
/// </code>
/// </example>
public sealed record Gift : Engagement
{
    private readonly GiftDirection _direction;

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

    /// <summary>Which way the gift went for the delegation that records it; <see cref="GiftDirection.ByDelegation"/> unless set.</summary>
    /// <exception cref="ArgumentException">The value is not one of <see cref="GiftDirection"/>'s members.</exception>
    public GiftDirection Direction { get => _direction; init => _direction = Guard.Against.EnumOutOfRange(value, nameof(Direction)); }

    /// <summary>What the whole gift was worth, or null when the register does not say.</summary>
    public Money? Value { get; init; }

    /// <summary>What became of the gift, or null when the register does not say.</summary>
    public GiftDisposition? Disposition { get; init; }
}
