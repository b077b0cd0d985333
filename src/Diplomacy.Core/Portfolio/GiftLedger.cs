namespace Diplomacy.Core.Portfolio;

/// <summary>
/// The gifts between a home and one partner, year by year: what the home gave, what it received and the balance, per
/// currency, with the gifts of no recorded value counted apart. See <see cref="PartnerDossier.GiftLedger"/>.
/// </summary>
/// <remarks>
/// <para>
/// A gift falls in the calendar year of its local date where it was handed over. A gift with a value adds its value
/// (the whole gift's) to its currency's line; amounts in different currencies are never added together (the library
/// does not convert). A gift without a value adds one to the year's count of gifts without value, never zero money.
/// </para>
/// <para>Immutable, and so safe to share between threads.</para>
/// </remarks>
public sealed class GiftLedger
{
    internal GiftLedger(IEnumerable<DossierGift> gifts) =>
        Years = [.. gifts
            .GroupBy(gift => gift.Gift.At.Year)
            .OrderBy(year => year.Key)
            .Select(year => new GiftLedgerYear(year.Key, year))];

    /// <summary>The years with at least one gift, earliest first.</summary>
    public IReadOnlyList<GiftLedgerYear> Years { get; }
}
