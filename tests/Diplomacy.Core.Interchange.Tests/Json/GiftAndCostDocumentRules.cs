using System.Text.Json.Nodes;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Interchange.Json;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Interchange.Tests.Json;

/// <summary>
/// A gift's direction, value and disposition and a delegation's budget and cost are written as their own values (an
/// amount as a JSON number, exactly, with its ISO 4217 code) and read back the same; a document without them (every
/// document written before they existed) reads as gifts the delegation gave, of no recorded value, on visits of no
/// recorded budget or cost; money the core refuses is refused at its path.
/// </summary>
public sealed class GiftAndCostDocumentRules
{
    private static readonly CurrencyCode Krw = new("KRW");

    private static readonly Gift Vase = new(new LocalDateTime(2025, 9, 26, 19, 0), "Porcelain vase", 1, "Governor Kim Dong-yeon")
    {
        Direction = GiftDirection.ToDelegation,
        Value = new Money(1_200_000.50m, Krw),
        Disposition = new GiftDisposition(GiftDispositionKind.RegisteredWithAuthority, "Declared to the provincial ethics office"),
    };

    private static Register StoryWithGiftAndCost()
    {
        var register = StoryRegister.Build();
        var visit = register.Delegations.Find(new DelegationId("GG-2025-CN"))!;
        visit.AddEngagement(visit.Stops[^1].Place, Vase);
        visit.SetBudget(new Money(30_000_000m, Krw));
        visit.RecordActualCost(new Money(21_000m, new CurrencyCode("USD")));
        return register;
    }

    private static JsonObject Visit(JsonNode tree) => tree["delegations"]![0]!.AsObject();

    [Fact]
    public void A_gift_s_direction_value_and_disposition_are_written_as_their_own_values()
    {
        var gift = Visit(Documents.Tree(StoryWithGiftAndCost()))["stops"]![1]!["engagements"]![4]!;

        (gift["direction"]!.ToJsonString(), gift["value"]!.ToJsonString(), gift["disposition"]!.ToJsonString()).Should().Be((
            "\"toDelegation\"",
            """{"amount":1200000.50,"currency":"KRW"}""",
            """{"kind":"registeredWithAuthority","note":"Declared to the provincial ethics office"}"""));
    }

    [Fact]
    public void A_delegation_s_budget_and_actual_cost_are_written_as_amounts_with_their_currency()
    {
        var visit = Visit(Documents.Tree(StoryWithGiftAndCost()));

        (visit["budget"]!.ToJsonString(), visit["actualCost"]!.ToJsonString()).Should().Be((
            """{"amount":30000000,"currency":"KRW"}""", """{"amount":21000,"currency":"USD"}"""));
    }

    [Fact]
    public void Gifts_budgets_and_costs_are_read_back_as_they_were_written()
    {
        var original = StoryWithGiftAndCost();

        var read = RegisterDocument.Parse(RegisterDocument.ToJson(original));

        read.ShouldAnswerAs(original);
        var visit = read.Delegations.Find(new DelegationId("GG-2025-CN"))!;
        visit.Stops[^1].Engagements.OfType<Gift>().Should().Contain(Vase);
        visit.CostAgainstBudget.Should().Be(BudgetStanding.NotComparable);
    }

    [Fact]
    public void A_gift_the_delegation_gave_without_a_value_or_disposition_is_written_without_them_as_before()
    {
        var gift = Visit(Documents.Tree(StoryRegister.Build()))["stops"]![1]!["engagements"]![3]!.AsObject();

        gift.Select(property => property.Key).Should().Equal("engagement", "at", "item", "quantity", "recipient");
    }

    [Fact]
    public void A_document_without_gift_values_budgets_or_costs_reads_as_gifts_the_delegation_gave_of_no_recorded_value()
    {
        var read = RegisterDocument.Parse(RegisterDocument.ToJson(StoryRegister.Build()));

        var visit = read.Delegations.Find(new DelegationId("GG-2025-CN"))!;
        var vase = visit.Stops[^1].Engagements.OfType<Gift>().Single();
        (vase.Direction, vase.Value, vase.Disposition, visit.Budget, visit.ActualCost).Should().Be(
            (GiftDirection.ByDelegation, (Money?)null, (GiftDisposition?)null, (Money?)null, (Money?)null));
    }

    [Theory]
    [InlineData("krw", "100")]
    [InlineData("KRW", "-1")]
    public void Money_the_core_refuses_in_a_gift_is_refused_at_the_gift_s_value(string currency, string amount)
    {
        var json = Documents.StoryWith(tree => Visit(tree)["stops"]![1]!["engagements"]![3]!["value"] =
            JsonNode.Parse($$"""{"amount":{{amount}},"currency":"{{currency}}"}"""));

        Documents.Refusal(json).Path.Should().Be("$.delegations[0].stops[1].engagements[3].value");
    }

    [Theory]
    [InlineData("budget")]
    [InlineData("actualCost")]
    public void Money_the_core_refuses_as_a_budget_or_cost_is_refused_at_it(string property)
    {
        var json = Documents.StoryWith(tree => Visit(tree)[property] = JsonNode.Parse("""{"amount":5,"currency":"WON!"}"""));

        Documents.Refusal(json).Path.Should().Be($"$.delegations[0].{property}");
    }

    [Fact]
    public void A_disposition_the_core_does_not_know_is_refused_at_it()
    {
        var json = Documents.StoryWith(tree => Visit(tree)["stops"]![1]!["engagements"]![3]!["disposition"] = JsonNode.Parse("""{"kind":"sold"}"""));

        Documents.Refusal(json).Path.Should().StartWith("$.delegations[0].stops[1].engagements[3].disposition");
    }
}
