using Diplomacy.Core.Delegations;

namespace Diplomacy.Core.Portfolio;

/// <summary>
/// Which gifts exceed a value the caller sets, as a gift register's declaration rule reads ("a gift exceeding 100,000
/// won"). Built by <see cref="PartnerDossier.GiftsOver"/>.
/// </summary>
/// <remarks>
/// <para>
/// "Over" is strictly greater: a gift worth exactly the threshold is not over it. Only a gift valued in the threshold's
/// currency is compared; one valued in another currency is listed as not comparable (the library never converts), and
/// one without a recorded value is listed apart, since nothing says it is under the threshold.
/// </para>
/// <para>Each list keeps the dossier's order of gifts. Immutable, and so safe to share between threads.</para>
/// </remarks>
public sealed class GiftThresholdCheck
{
    internal GiftThresholdCheck(Money threshold, IEnumerable<DossierGift> gifts)
    {
        Threshold = threshold;
        var all = gifts.ToList();
        Over = [.. all.Where(gift => gift.Gift.Value?.Exceeds(threshold) == true)];
        NotComparable = [.. all.Where(gift => gift.Gift.Value is { } value && value.Exceeds(threshold) is null)];
        WithoutValue = [.. all.Where(gift => gift.Gift.Value is null)];
    }

    /// <summary>The value a gift must exceed to be flagged.</summary>
    public Money Threshold { get; }

    /// <summary>The gifts valued in the threshold's currency at more than the threshold.</summary>
    public IReadOnlyList<DossierGift> Over { get; }

    /// <summary>The gifts valued in another currency than the threshold's, which are not compared.</summary>
    public IReadOnlyList<DossierGift> NotComparable { get; }

    /// <summary>The gifts without a recorded value.</summary>
    public IReadOnlyList<DossierGift> WithoutValue { get; }
}
