using System.Net;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Web.Tests.Hosting;

namespace Diplomacy.Core.Web.Tests.Pages;

/// <summary>
/// From the delegation page a signed-in editor marks a commitment kept or dropped, through the core's commands: a
/// settled commitment is no longer overdue; one settled twice, or dropped without a reason, is refused and nothing stored.
/// </summary>
public sealed class MarkingACommitment : SignedInEditor
{
    [Fact]
    public async Task A_commitment_marked_kept_is_stored_and_is_no_longer_overdue()
    {
        var page = await Editor.Open("/delegations/GG-2025-CN?date=2025-11-20&lang=en");

        var response = await Settle(page, number: "3", outcome: "Done", on: "2025-11-20");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        App.Store.Delegation("GG-2025-CN")!.Commitments[2].Status.Should().Be(CommitmentStatus.Done);
        var home = await App.CreateClient().Open("/?date=2025-12-01&lang=en");
        home.QuerySelector("#overdue-commitments").Should().BeNull();
    }

    [Fact]
    public async Task A_commitment_marked_dropped_keeps_its_reason()
    {
        var page = await Editor.Open("/delegations/GG-2025-CN?date=2025-11-20&lang=en");

        await Settle(page, number: "3", outcome: "Dropped", on: "2025-11-20", reason: "The fair was cancelled");

        var stored = App.Store.Delegation("GG-2025-CN")!.Commitments[2];
        (stored.Status, stored.DropReason).Should().Be((CommitmentStatus.Dropped, "The fair was cancelled"));
    }

    [Fact]
    public async Task A_commitment_already_kept_cannot_be_marked_again_and_the_refusal_names_the_rule()
    {
        var page = await Editor.Open("/delegations/GG-2025-CN?date=2025-11-20&lang=en");
        await Settle(page, number: "3", outcome: "Done", on: "2025-11-20");
        var commits = App.Store.Commits;

        var response = await Settle(page, number: "3", outcome: "Dropped", on: "2025-11-21", reason: "Changed our minds");

        var refusal = await Browsing.Read(response);
        refusal.Text("#refusal-rule").Should().Be("CommitmentMustBeOpenToBeSettled");
        App.Store.Commits.Should().Be(commits);
        App.Store.Delegation("GG-2025-CN")!.Commitments[2].Status.Should().Be(CommitmentStatus.Done);
    }

    [Fact]
    public async Task A_commitment_dropped_without_a_reason_is_refused_and_nothing_is_stored()
    {
        var page = await Editor.Open("/delegations/GG-2025-CN?date=2025-11-20&lang=en");
        var commits = App.Store.Commits;

        var response = await Settle(page, number: "3", outcome: "Dropped", on: "2025-11-20");

        (await Browsing.Read(response)).QuerySelector("#refusal").Should().NotBeNull();
        App.Store.Commits.Should().Be(commits);
    }

    [Fact]
    public async Task Only_a_signed_in_editor_is_offered_the_forms_and_only_for_open_commitments()
    {
        var reader = await App.CreateClient().Open("/delegations/GG-2025-CN?date=2025-11-20&lang=en");
        var editor = await Editor.Open("/delegations/GG-2025-CN?date=2025-11-20&lang=en");

        reader.QuerySelectorAll("form.settle-commitment").Should().BeEmpty();
        editor.QuerySelectorAll("form.settle-commitment").Should().HaveCount(4);
    }

    private Task<HttpResponseMessage> Settle(AngleSharp.Dom.IDocument page, string number, string outcome, string on, string reason = "") =>
        Editor.Submit(page, "/write/commitment", ("Delegation", "GG-2025-CN"), ("Input.Number", number), ("Input.Outcome", outcome), ("Input.On", on), ("Input.Reason", reason));
}
