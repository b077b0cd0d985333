using System.Globalization;
using Ardalis.GuardClauses;

namespace Diplomacy.Core.Delegations;

/// <summary>An amount of money in one currency: a gift's value, a visit's budget or its cost.</summary>
/// <remarks>
/// <para>
/// The library never converts between currencies: amounts in different currencies are never added together or
/// compared, and every answer that would need a conversion says that the amounts are not comparable instead.
/// </para>
/// <para>
/// The amount is at least zero and at most 10^18, so that no sum of a register's amounts can overflow; its scale is
/// kept as written (minor units differ by currency). Equality is by value: the same currency and the same amount
/// (<c>300</c> equals <c>300.00</c>). Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed record Money
{
    /// <summary>The largest amount the library takes, 10^18 in any currency.</summary>
    public static readonly decimal MaxAmount = 1_000_000_000_000_000_000m;

    /// <summary>Describes an amount of money.</summary>
    /// <param name="amount">The amount, from zero to <see cref="MaxAmount"/>.</param>
    /// <param name="currency">The currency.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative or above <see cref="MaxAmount"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default</c>.</exception>
    /// <example>
    /// <code>
    /// var vase = new Money(1_200_000m, new CurrencyCode("KRW"));
    /// </code>
    /// </example>
    public Money(decimal amount, CurrencyCode currency)
    {
        Amount = Guard.Against.OutOfRange(amount, nameof(amount), 0m, MaxAmount);
        Currency = Guard.Against.Default(currency);
    }

    /// <summary>The amount, in <see cref="Currency"/>.</summary>
    public decimal Amount { get; }

    /// <summary>The currency of <see cref="Amount"/>.</summary>
    public CurrencyCode Currency { get; }

    /// <summary>Whether this amount is strictly greater than another in the same currency.</summary>
    /// <param name="other">The amount compared with.</param>
    /// <returns>True or false when both are in the same currency; null when they are not comparable (no conversion).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool? Exceeds(Money other)
    {
        Guard.Against.Null(other);
        return Currency == other.Currency ? Amount > other.Amount : null;
    }

    /// <summary>The amount and its currency, the amount in the invariant culture.</summary>
    /// <returns>For example <c>1200000 KRW</c>.</returns>
    public override string ToString() => $"{Amount.ToString(CultureInfo.InvariantCulture)} {Currency}";
}
