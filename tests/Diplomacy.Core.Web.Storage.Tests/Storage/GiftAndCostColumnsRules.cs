using NodaTime;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;
using Diplomacy.Core.Web.Storage.Tests.Fixtures;

namespace Diplomacy.Core.Web.Storage.Tests.Storage;

/// <summary>
/// A gift's direction, value and disposition and a delegation's budget and actual cost are stored in their own columns
/// and come back as they were; an amount keeps its value exactly (SQLite keeps a decimal as text, never as a float).
/// </summary>
public sealed class GiftAndCostColumnsRules
{
    [Fact]
    public void A_gift_s_value_direction_and_disposition_and_a_visit_s_budget_and_cost_survive_the_store()
    {
        var original = StoryRegister.Build();
        var visit = original.Delegations.Find(new DelegationId("GG-2025-CN"))!;
        var vase = new Gift(new LocalDateTime(2025, 9, 26, 19, 0), "Porcelain vase", 1, "Governor")
        {
            Direction = GiftDirection.ToDelegation,
            Value = new Money(1_234_567_890.123456789m, new CurrencyCode("KRW")),
            Disposition = new GiftDisposition(GiftDispositionKind.InCustody, "Protocol office"),
        };
        visit.AddEngagement(visit.Stops[^1].Place, vase);
        visit.SetBudget(new Money(30_000_000m, new CurrencyCode("KRW")));
        visit.RecordActualCost(new Money(0.01m, new CurrencyCode("USD")));
        using var database = new TemporaryDatabase();

        var loaded = SqliteRoundTrip.StoreAndLoad(database.OpenStore(), original);

        loaded.ShouldAnswerAs(original);
        var stored = loaded.Delegations.Find(visit.Id)!;
        stored.Stops[^1].Engagements.OfType<Gift>().Should().Contain(vase);
        (stored.Budget, stored.ActualCost).Should().Be((visit.Budget, visit.ActualCost));
    }
}
