using Diplomacy.Core.Delegations;

namespace Diplomacy.Core.Portfolio;

/// <summary>One currency's line of a <see cref="GiftLedgerYear"/>: what the home gave, what it received, and the balance.</summary>
/// <remarks>Equality is by value. Immutable and thread-safe.</remarks>
public sealed record GiftLedgerAmount
{
    internal GiftLedgerAmount(CurrencyCode currency, decimal given, decimal received)
    {
        Currency = currency;
        Given = given;
        Received = received;
    }

    /// <summary>The currency of the line.</summary>
    public CurrencyCode Currency { get; }

    /// <summary>The value of the gifts the home gave, in <see cref="Currency"/>.</summary>
    public decimal Given { get; }

    /// <summary>The value of the gifts the home received, in <see cref="Currency"/>.</summary>
    public decimal Received { get; }

    /// <summary>What the home gave less what it received: positive when it gave more, negative when it received more.</summary>
    public decimal Balance => Given - Received;
}
