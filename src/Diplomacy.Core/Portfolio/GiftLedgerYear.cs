namespace Diplomacy.Core.Portfolio;

/// <summary>One year of a <see cref="GiftLedger"/>: given, received and balance per currency, and the gifts without a value.</summary>
/// <remarks>Immutable, and so safe to share between threads.</remarks>
public sealed class GiftLedgerYear
{
    internal GiftLedgerYear(int year, IEnumerable<DossierGift> gifts)
    {
        Year = year;
        Amounts = [.. gifts
            .Where(gift => gift.Gift.Value is not null)
            .GroupBy(gift => gift.Gift.Value!.Currency)
            .OrderBy(currency => currency.Key.Value, StringComparer.Ordinal)
            .Select(currency => new GiftLedgerAmount(
                currency.Key,
                currency.Where(gift => !gift.Received).Sum(gift => gift.Gift.Value!.Amount),
                currency.Where(gift => gift.Received).Sum(gift => gift.Gift.Value!.Amount)))];
        GivenWithoutValue = gifts.Count(gift => gift.Gift.Value is null && !gift.Received);
        ReceivedWithoutValue = gifts.Count(gift => gift.Gift.Value is null && gift.Received);
    }

    /// <summary>The calendar year, of the gifts' local dates where they were handed over.</summary>
    public int Year { get; }

    /// <summary>Given, received and balance in each currency a gift of the year was valued in, by currency code.</summary>
    public IReadOnlyList<GiftLedgerAmount> Amounts { get; }

    /// <summary>How many gifts the home gave in the year without a recorded value.</summary>
    public int GivenWithoutValue { get; }

    /// <summary>How many gifts the home received in the year without a recorded value.</summary>
    public int ReceivedWithoutValue { get; }
}
