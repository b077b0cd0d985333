using Diplomacy.Core.Delegations;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;
using static Diplomacy.Core.Tests.Fixtures.Dates;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>
/// Gifts exceeding a threshold the caller sets are flagged: strictly greater, in the threshold's currency only; a gift in
/// another currency is listed as not comparable and a gift without a value apart, never converted or guessed.
/// </summary>
public sealed class GiftThresholdRules
{
    private static readonly CurrencyCode Krw = new("KRW");
    private static readonly Money Threshold = new(100_000m, Krw);

    private static Gift GiftOf(string item, int minute, Money? value) => new(At(2025, 9, 23, 10, minute), item, 1, "Protocol office") { Value = value };

    private static PartnerDossier DossierWith(params Gift[] gifts)
    {
        var trip = GyeonggiToChina();
        trip.AddStop(Seed.Shanghai, At(2025, 9, 22, 12, 0), At(2025, 9, 26, 10, 0));
        foreach (var gift in gifts)
        {
            trip.AddEngagement(Seed.Shanghai, gift);
        }

        var register = SeedRegister.Empty();
        register.Record(trip);
        return register.DossierOf(Seed.Gyeonggi, Seed.Shanghai, D("2025-10-01"));
    }

    [Fact]
    public void A_gift_worth_more_than_the_threshold_in_its_currency_is_over_it_and_one_worth_exactly_the_threshold_is_not()
    {
        var over = GiftOf("over", 1, new Money(100_000.01m, Krw));
        var exactly = GiftOf("exactly", 2, new Money(100_000m, Krw));
        var under = GiftOf("under", 3, new Money(5_000m, Krw));

        var check = DossierWith(over, exactly, under).GiftsOver(Threshold);

        (check.Threshold, check.Over.Select(gift => gift.Gift).ToList(), check.NotComparable.Count, check.WithoutValue.Count)
            .Should().BeEquivalentTo((Threshold, new List<Gift> { over }, 0, 0));
    }

    [Fact]
    public void A_gift_valued_in_another_currency_is_not_compared_but_listed_as_not_comparable()
    {
        var yuan = GiftOf("tea set", 1, new Money(1m, new CurrencyCode("CNY")));
        var large = GiftOf("painting", 2, new Money(9_000_000m, new CurrencyCode("CNY")));

        var check = DossierWith(yuan, large).GiftsOver(Threshold);

        (check.Over.Count, check.NotComparable.Select(gift => gift.Gift).ToList(), check.WithoutValue.Count).Should().BeEquivalentTo((0, new List<Gift> { yuan, large }, 0));
    }

    [Fact]
    public void A_gift_without_a_value_is_neither_over_nor_under_but_listed_apart()
    {
        var unknown = GiftOf("calligraphy", 1, null);

        var check = DossierWith(unknown).GiftsOver(Threshold);

        (check.Over.Count, check.NotComparable.Count, check.WithoutValue.Select(gift => gift.Gift).ToList()).Should().BeEquivalentTo((0, 0, new List<Gift> { unknown }));
    }

    [Fact]
    public void A_threshold_is_required()
    {
        var act = () => DossierWith().GiftsOver(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("threshold");
    }
}
