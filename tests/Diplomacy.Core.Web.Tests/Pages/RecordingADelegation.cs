using System.Net;
using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Pages;

/// <summary>
/// A signed-in editor records a delegation (stops, engagements, gifts, commitments) through the core's commands: the
/// delegation is built whole, so a row the core refuses leaves nothing stored, and the refusal names its rule.
/// </summary>
public sealed class RecordingADelegation : SignedInEditor
{
    [Fact]
    public async Task A_visit_to_Beijing_with_a_meeting_a_gift_and_a_commitment_is_recorded_and_stored()
    {
        var form = await Editor.Open("/write/delegation?lang=en");

        var response = await Editor.Submit(form, "/write/delegation", [.. TripToBeijing()]);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/delegations/GG-2025-BJ");
        var stored = App.Store.Delegation("GG-2025-BJ")!;
        stored.Stops.Should().ContainSingle().Which.Engagements.Should().HaveCount(2);
        stored.Commitments.Should().ContainSingle();
        var page = await App.CreateClient().Open("/delegations/GG-2025-BJ?date=2025-10-12&lang=en");
        page.QuerySelectorAll("#commitments tbody tr").Should().ContainSingle();
    }

    [Fact]
    public async Task A_delegation_whose_stop_lies_inside_the_home_is_refused_with_its_rule()
    {
        var form = await Editor.Open("/write/delegation?lang=en");
        var commits = App.Store.Commits;

        var response = await Editor.Submit(form, "/write/delegation", [.. TripToBeijing(stopAt: "KR-41")]);

        var page = await Browsing.Read(response);
        page.Text("#refusal-rule").Should().Be("OutboundDelegationStopMustLieOutsideHome");
        App.Store.Commits.Should().Be(commits);
        App.Store.Delegation("GG-2025-BJ").Should().BeNull();
    }

    [Fact]
    public async Task A_refused_engagement_leaves_nothing_of_the_delegation_written()
    {
        // The meeting is set a day after the stop ends: every row before it was fine.
        var form = await Editor.Open("/write/delegation?lang=en");
        var commits = App.Store.Commits;

        var response = await Editor.Submit(form, "/write/delegation", [.. TripToBeijing(meetingAt: "2025-10-13T10:00")]);

        var page = await Browsing.Read(response);
        page.Text("#refusal-rule").Should().Be("EngagementMustFallWithinAStop");
        App.Store.Commits.Should().Be(commits);
        App.Store.Facts.Delegations.Should().ContainSingle("only the seed's delegation is stored");
        (await App.CreateClient().GetAsync(new Uri("/delegations/GG-2025-BJ", UriKind.Relative), TestContext.Current.CancellationToken))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_date_and_time_that_cannot_be_read_is_said_and_nothing_is_stored()
    {
        var form = await Editor.Open("/write/delegation?lang=en");
        var commits = App.Store.Commits;

        var response = await Editor.Submit(form, "/write/delegation", [.. TripToBeijing(meetingAt: "next Tuesday")]);

        var page = await Browsing.Read(response);
        page.QuerySelector("#refusal-rule").Should().BeNull();
        page.Text("#refusal-message").Should().Contain("next Tuesday");
        App.Store.Commits.Should().Be(commits);
    }

    [Fact]
    public async Task Adding_another_stop_keeps_what_was_filled_in_and_writes_nothing()
    {
        var form = await Editor.Open("/write/delegation?lang=en");
        var commits = App.Store.Commits;

        var response = await Editor.Submit(form, "/write/delegation?handler=Add&row=stop", [.. TripToBeijing()]);

        var page = await Browsing.Read(response);
        page.QuerySelectorAll("#stops .row").Should().HaveCount(2);
        page.QuerySelector("#stop-0-arrival")!.GetAttribute("value").Should().Be("2025-10-10T12:00");
        page.QuerySelector("#stop-1-arrival")!.GetAttribute("value").Should().BeNullOrEmpty();
        App.Store.Commits.Should().Be(commits);
    }

    [Fact]
    public async Task The_delegation_form_and_the_commitment_forms_each_carry_their_own_antiforgery_token()
    {
        var form = await Editor.Open("/write/delegation?lang=en");
        var delegation = await Editor.Open("/delegations/GG-2025-CN?lang=en");
        var settle = await Editor.Open("/write/commitment?delegation=GG-2025-CN&number=1&lang=en");

        form.QuerySelector("#record-delegation-form input[name=__RequestVerificationToken]").Should().NotBeNull();
        delegation.QuerySelectorAll("form.settle-commitment").Should().NotBeEmpty()
            .And.OnlyContain(settleForm => settleForm.QuerySelector("input[name=__RequestVerificationToken]") != null);
        settle.QuerySelector("#settle-commitment-form input[name=__RequestVerificationToken]").Should().NotBeNull();
    }

    [Fact]
    public async Task An_anonymous_reader_is_sent_to_sign_in_before_recording_a_delegation()
    {
        var response = await App.Browser().GetAsync(new Uri("/write/delegation", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/editor/sign-in");
    }

    /// <summary>Gyeonggi's governor in Beijing from 10 to 12 October 2025: one stop, a meeting, a gift and a promise.</summary>
    internal static IEnumerable<(string, string)> TripToBeijing(string stopAt = "CN-BJ", string meetingAt = "2025-10-11T10:00")
    {
        yield return ("Input.Id", "GG-2025-BJ");
        yield return ("Input.Direction", "Outbound");
        yield return ("Input.Home", "KR-41");
        yield return ("Input.Purpose", "Cooperation with Beijing");
        yield return ("Input.Starts", "2025-10-10T09:00");
        yield return ("Input.Ends", "2025-10-12T20:00");
        yield return ("Input.HeadName", "Kim Dong-yeon");
        yield return ("Input.HeadTitle", "Governor");
        yield return ("Input.HeadRole", "governor");
        yield return ("Input.Stops[0].Place", stopAt);
        yield return ("Input.Stops[0].Arrival", "2025-10-10T12:00");
        yield return ("Input.Stops[0].Departure", "2025-10-12T16:00");
        yield return ("Input.Engagements[0].Kind", "Meeting");
        yield return ("Input.Engagements[0].Place", stopAt);
        yield return ("Input.Engagements[0].At", meetingAt);
        yield return ("Input.Engagements[0].Name", "Yin Yong");
        yield return ("Input.Engagements[0].Title", "Mayor");
        yield return ("Input.Gifts[0].Place", stopAt);
        yield return ("Input.Gifts[0].At", "2025-10-11T11:00");
        yield return ("Input.Gifts[0].Item", "Celadon vase");
        yield return ("Input.Gifts[0].Quantity", "1");
        yield return ("Input.Gifts[0].Recipient", "Mayor Yin Yong");
        yield return ("Input.Commitments[0].OwedBy", "KR-41");
        yield return ("Input.Commitments[0].OwedTo", "CN-BJ");
        yield return ("Input.Commitments[0].What", "Send the mayor an invitation to visit Gyeonggi");
        yield return ("Input.Commitments[0].Due", "2025-12");
    }
}
