using System.Net;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Pages;

/// <summary>
/// The delegation form records a gift's direction, value and disposition and the visit's budget and cost; the partner's
/// dossier page shows the gift ledger per year and currency; money that cannot be read is refused and nothing is stored.
/// </summary>
public sealed class RecordingGiftsAndCosts : SignedInEditor
{
    private static IEnumerable<(string, string)> WithGiftAndCosts(string currency = "KRW") =>
    [
        .. RecordingADelegation.TripToBeijing(),
        ("Input.Gifts[0].Direction", "ToDelegation"),
        ("Input.Gifts[0].Value", "1,200,000.50"),
        ("Input.Gifts[0].Currency", currency),
        ("Input.Gifts[0].Disposition", "OnDisplay"),
        ("Input.Gifts[0].DispositionNote", "Reception hall"),
        ("Input.Budget", "30000000"),
        ("Input.BudgetCurrency", "KRW"),
        ("Input.Cost", "31000000"),
        ("Input.CostCurrency", "KRW"),
    ];

    [Fact]
    public async Task A_gift_received_with_its_value_and_disposition_and_the_visit_s_budget_and_cost_are_recorded_and_stored()
    {
        var form = await Editor.Open("/write/delegation?lang=en");

        var response = await Editor.Submit(form, "/write/delegation", [.. WithGiftAndCosts()]);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var stored = App.Store.Delegation("GG-2025-BJ")!;
        var gift = stored.Stops.Single().Engagements.OfType<Gift>().Single();
        (gift.Direction, gift.Value, gift.Disposition).Should().Be((
            GiftDirection.ToDelegation, new Money(1_200_000.50m, new CurrencyCode("KRW")), new GiftDisposition(GiftDispositionKind.OnDisplay, "Reception hall")));
        (stored.Budget, stored.ActualCost).Should().Be((new Money(30_000_000m, new CurrencyCode("KRW")), new Money(31_000_000m, new CurrencyCode("KRW"))));
    }

    [Fact]
    public async Task The_partner_s_dossier_page_shows_the_gift_ledger_per_year_and_currency()
    {
        var form = await Editor.Open("/write/delegation?lang=en");
        await Editor.Submit(form, "/write/delegation", [.. WithGiftAndCosts()]);

        var page = await App.CreateClient().Open("/partners/CN-BJ?home=KR-41&date=2025-10-20&lang=en");

        page.QuerySelectorAll("#gift-ledger tbody tr[data-year='2025'][data-currency='KRW'] td").Select(cell => cell.TextContent.Trim())
            .Should().Equal("2025", "KRW", "0", "1,200,000.5", "-1,200,000.5", string.Empty);
    }

    [Fact]
    public async Task A_currency_that_is_not_an_iso_code_is_refused_and_nothing_is_stored()
    {
        var form = await Editor.Open("/write/delegation?lang=en");
        var commits = App.Store.Commits;

        var response = await Editor.Submit(form, "/write/delegation", [.. WithGiftAndCosts(currency: "won")]);

        var page = await Browsing.Read(response);
        page.Text("#refusal-message").Should().Contain("won");
        App.Store.Commits.Should().Be(commits);
    }

    [Theory]
    [InlineData("1,5")] // a decimal comma: read with commas as thousands it would be 15
    [InlineData("1.000,50")]
    [InlineData("12,34,567")]
    [InlineData("1,2000")]
    public async Task An_amount_whose_commas_are_not_between_groups_of_three_digits_is_refused_and_nothing_is_stored(string amount)
    {
        var form = await Editor.Open("/write/delegation?lang=en");
        var commits = App.Store.Commits;

        var response = await Editor.Submit(form, "/write/delegation", [.. WithGiftAndCosts().Select(field => field.Item1 == "Input.Budget" ? (field.Item1, amount) : field)]);

        var page = await Browsing.Read(response);
        page.Text("#refusal-message").Should().Contain(amount);
        App.Store.Commits.Should().Be(commits);
    }
}
