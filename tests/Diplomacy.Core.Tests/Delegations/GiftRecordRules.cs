using Diplomacy.Core.Delegations;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>
/// A gift records which way it went for the delegation (given by it unless said otherwise), optionally the whole gift's
/// value and what became of it, as a gift register records them.
/// </summary>
public sealed class GiftRecordRules
{
    private static Gift Vase() => new(At(2025, 9, 25, 17, 0), "celadon vase", 1, "Mayor of Shanghai");

    [Fact]
    public void A_gift_is_one_the_delegation_gave_without_a_value_or_a_disposition_unless_the_register_says_more()
    {
        var vase = Vase();

        (vase.Direction, vase.Value, vase.Disposition).Should().Be((GiftDirection.ByDelegation, (Money?)null, (GiftDisposition?)null));
    }

    [Fact]
    public void A_gift_carries_the_way_it_went_its_value_and_what_became_of_it()
    {
        var value = new Money(1_200_000m, new CurrencyCode("KRW"));
        var shown = new GiftDisposition(GiftDispositionKind.OnDisplay, "  Reception hall  ");

        var vase = Vase() with { Direction = GiftDirection.ToDelegation, Value = value, Disposition = shown };

        (vase.Direction, vase.Value, vase.Disposition!.Kind, vase.Disposition.Note).Should().Be((GiftDirection.ToDelegation, value, GiftDispositionKind.OnDisplay, "Reception hall"));
    }

    [Fact]
    public void A_gift_s_direction_is_one_of_the_two_ways()
    {
        var act = () => Vase() with { Direction = (GiftDirection)2 };

        act.Should().Throw<ArgumentException>().WithParameterName(nameof(Gift.Direction));
    }

    [Fact]
    public void A_disposition_is_one_of_the_known_outcomes()
    {
        var act = () => new GiftDisposition((GiftDispositionKind)99);

        act.Should().Throw<ArgumentException>().WithParameterName("kind");
    }

    [Fact]
    public void A_disposition_s_note_is_optional_but_never_blank()
    {
        new GiftDisposition(GiftDispositionKind.Returned).Note.Should().BeNull();
        var act = () => new GiftDisposition(GiftDispositionKind.Returned, " ");

        act.Should().Throw<ArgumentException>().WithParameterName("note");
    }

    [Fact]
    public void Gifts_that_differ_only_in_value_direction_or_disposition_are_different_gifts()
    {
        var vase = Vase();

        vase.Should().Be(Vase());
        (vase with { Value = new Money(1m, new CurrencyCode("KRW")) }).Should().NotBe(vase);
        (vase with { Direction = GiftDirection.ToDelegation }).Should().NotBe(vase);
        (vase with { Disposition = new GiftDisposition(GiftDispositionKind.Returned) }).Should().NotBe(vase);
    }
}
