using System.Net.Http.Headers;
using System.Net.Http.Json;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Language;
using Diplomacy.Core.Web.Storage;
using Diplomacy.Core.Web.Writing;
using Microsoft.Extensions.DependencyInjection;

namespace Diplomacy.Core.Web.Tests.Hosting;

/// <summary>
/// Every change the pages and the API allow reaches the store: a register rebuilt from the store after all of them,
/// as a restart rebuilds it, holds exactly what the running host served.
/// </summary>
public sealed class NothingIsLostOnRestart : IAsyncLifetime
{
    private readonly RegisterApp _app = new();
    private HttpClient _editor = null!;
    private HttpClient _api = null!;

    public async ValueTask InitializeAsync()
    {
        _editor = _app.Browser();
        await _editor.SignIn();
        _api = _app.CreateClient();
        _api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", RegisterApp.ApiToken);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_register_rebuilt_from_the_store_after_every_kind_of_write_holds_all_of_them()
    {
        // Through the API: a signing, then every event and a retraction on it, and a termination of another tie
        await Api("/api/ties", new { id = "GG-BJ-MOU", parties = new[] { "KR-41", "CN-BJ" }, kind = "CooperationMemorandum", signedOn = "2025-10-01" });
        await Api("/api/ties/GG-BJ-MOU/events", new { @event = "Suspend", on = "2025-11-01", suspensionReason = "Political", reason = "Talks paused" });
        await Api("/api/ties/GG-BJ-MOU/events", new { @event = "Resume", on = "2025-12-01" });
        await Api("/api/ties/GG-BJ-MOU/events", new { @event = "Renew", on = "2026-01-01", termYears = "5" });
        await Api("/api/ties/GG-BJ-MOU/events", new { @event = "Upgrade", on = "2026-02-01", to = "Friendship" });
        await Api("/api/ties/GG-BJ-MOU/events", new { @event = "Retract", number = "5", reason = "The upgrade was a draft" });
        await Api("/api/ties/GG-CQ-MOU-2025/events", new { @event = "Terminate", on = "2026-03-01", by = "KR-41", reason = "Ended by the province" });

        // Through the pages: a signing and an event
        var tieForm = await _editor.Open("/write/tie?lang=en");
        await _editor.Submit(
            tieForm,
            "/write/tie",
            ("Input.Parties", "KR-41"),
            ("Input.Parties", "CN-CQ"),
            ("Input.Kind", "SisterCity"),
            ("Input.SignedOn", "2026-04-01"),
            ("Input.Id", "GG-CQ-SISTER"));
        var eventForm = await _editor.Open("/write/event?id=GG-SH-MOU-2025&lang=en");
        await _editor.Submit(eventForm, "/write/event", ("Id", "GG-SH-MOU-2025"), ("Input.Event", "Suspend"), ("Input.On", "2026-05-01"));

        // A delegation recorded on its form, and a commitment of the seed's trip marked kept from the delegation page
        var delegationForm = await _editor.Open("/write/delegation?lang=en");
        await _editor.Submit(
            delegationForm,
            "/write/delegation",
            ("Input.Id", "GG-2026-CQ"),
            ("Input.Direction", "Outbound"),
            ("Input.Home", "KR-41"),
            ("Input.Purpose", "Sister-city talks"),
            ("Input.Starts", "2026-04-01T08:00"),
            ("Input.Ends", "2026-04-03T20:00"),
            ("Input.HeadName", "Kim Dong-yeon"),
            ("Input.HeadTitle", "Governor"),
            ("Input.HeadRole", "governor"),
            ("Input.Stops[0].Place", "CN-CQ"),
            ("Input.Stops[0].Arrival", "2026-04-01T12:00"),
            ("Input.Stops[0].Departure", "2026-04-03T16:00"),
            ("Input.Gifts[0].Place", "CN-CQ"),
            ("Input.Gifts[0].At", "2026-04-02T10:00"),
            ("Input.Gifts[0].Item", "Celadon vase"),
            ("Input.Gifts[0].Quantity", "2"),
            ("Input.Gifts[0].Recipient", "Mayor"),
            ("Input.Commitments[0].OwedBy", "CN-CQ"),
            ("Input.Commitments[0].OwedTo", "KR-41"),
            ("Input.Commitments[0].What", "A return visit"),
            ("Input.Commitments[0].Due", "2026"));
        var delegationPage = await _editor.Open("/delegations/GG-2025-CN?lang=en");
        await _editor.Submit(delegationPage, "/write/commitment", ("Delegation", "GG-2025-CN"), ("Input.Number", "1"), ("Input.Outcome", "Done"), ("Input.On", "2025-10-15"));

        // And an import, as the import page confirms it
        _app.Services.GetRequiredService<RegisterWrites>().Import(
            "home,home country,partner,partner country,kind,date\nKR-41,KR,CN-TJ,CN,sister,2026-06-01\n", ImportFormat.RegisterSheet, Texts.English);

        // Then a restart's rebuild from the store holds everything the host serves
        var served = _app.Services.GetRequiredService<RegisterHost>().Read(register => register.ToFacts());
        var rebuilt = Register.Rebuild(_app.Store.Load());

        rebuilt.ToFacts().Should().Be(served);
        rebuilt.Find(new Agreements.AgreementId("GG-BJ-MOU"))!.History.Should().HaveCount(4);
        rebuilt.Find(new Agreements.AgreementId("GG-BJ-MOU"))!.Retractions.Should().ContainSingle();
        rebuilt.Find(new Agreements.AgreementId("GG-CQ-MOU-2025"))!.StatusOn(new LocalDate(2026, 3, 2)).Should().Be(Agreements.AgreementStatus.Terminated);
        rebuilt.Find(new Agreements.AgreementId("GG-SH-MOU-2025"))!.StatusOn(new LocalDate(2026, 5, 2)).Should().Be(Agreements.AgreementStatus.Suspended);
        rebuilt.Find(new Agreements.AgreementId("GG-CQ-SISTER")).Should().NotBeNull();
        rebuilt.Delegations.Find(new Delegations.DelegationId("GG-2026-CQ"))!.Stops.Should().ContainSingle().Which.Engagements.Should().ContainSingle();
        rebuilt.Delegations.Find(new Delegations.DelegationId("GG-2025-CN"))!.Commitments[0].Status.Should().Be(Delegations.CommitmentStatus.Done);
        rebuilt.Agreements.Should().HaveCount(6).And.Contain(tie => tie.Kind == Agreements.AgreementKind.SisterCity && tie.HasParty(rebuilt.Directory.Regions.Single(region => region.Id.Value == "CN-TJ")));
    }

    private async Task Api(string url, object body)
    {
        var response = await _api.PostAsJsonAsync(url, body, TestContext.Current.CancellationToken);
        response.IsSuccessStatusCode.Should().BeTrue($"POST {url} is accepted: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
    }
}
