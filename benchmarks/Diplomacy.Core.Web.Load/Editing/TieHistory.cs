using System.Net;
using System.Text.Json;

namespace Diplomacy.Core.Web.Load.Editing;

/// <summary>What the API says of a tie: whether it holds it, and on which days it says it was signed and terminated.</summary>
internal sealed record TieHistory(bool Held, string? SignedOn, string? TerminatedOn)
{
    public static async Task<TieHistory> ReadAsync(HttpClient api, string id)
    {
        using var response = await api.GetAsync(new Uri($"/api/ties/{Uri.EscapeDataString(id)}", UriKind.Relative)).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return new TieHistory(false, null, null);
        }

        response.EnsureSuccessStatusCode();
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync().ConfigureAwait(false)).ConfigureAwait(false);
        var history = json.RootElement.GetProperty("history").EnumerateArray()
            .Select(entry => (Event: entry.GetProperty("event").GetString(), On: entry.GetProperty("occurredOn").GetString()))
            .ToList();
        return new TieHistory(
            true,
            history.FirstOrDefault(entry => entry.Event == "signed").On,
            history.FirstOrDefault(entry => entry.Event == "terminated").On);
    }

    /// <summary>Why this history does not hold what was acknowledged, or null when it holds all of it.</summary>
    public string? Lacks(AcknowledgedTie acknowledged)
    {
        if (!Held)
        {
            return $"{acknowledged.Id} is missing";
        }

        if (SignedOn != PlannedTie.Iso(acknowledged.SignedOn))
        {
            return $"{acknowledged.Id} says it was signed on {SignedOn ?? "no day"}, not {PlannedTie.Iso(acknowledged.SignedOn)}";
        }

        return acknowledged.TerminatedOn is { } terminated && TerminatedOn != PlannedTie.Iso(terminated)
            ? $"{acknowledged.Id} lacks its acknowledged termination on {PlannedTie.Iso(terminated)}"
            : null;
    }
}
