using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Diplomacy.Core.Web.Load.Measuring;

namespace Diplomacy.Core.Web.Load.Editing;

/// <summary>
/// The one editor: records ties through the API, one write at a time, as fast as the app acknowledges them, and keeps
/// every acknowledged write so that it can be read back. It keeps its place across restarts of the app.
/// </summary>
internal sealed class Editor(Recorder recorder)
{
    public const string SignName = "write: POST /api/ties";
    public const string TerminateName = "write: POST /api/ties/{id}/events";

    private readonly List<AcknowledgedTie> _acknowledged = [];
    private volatile string? _lastAcknowledged;
    private volatile PendingWrite? _inFlight;
    private int _next;
    private int _writesAcknowledged;

    /// <summary>Every write acknowledged so far; read it only while the editor is not writing.</summary>
    public IReadOnlyList<AcknowledgedTie> Acknowledged => _acknowledged;

    /// <summary>The id of the last tie whose signing was acknowledged, for readers to ask for.</summary>
    public string? LastAcknowledged => _lastAcknowledged;

    /// <summary>How many writes (signings and terminations) the app acknowledged so far; safe to read while the editor writes.</summary>
    public int WritesAcknowledged => Volatile.Read(ref _writesAcknowledged);

    /// <summary>The write sent and not yet answered, if any.</summary>
    public PendingWrite? InFlight => _inFlight;

    /// <summary>
    /// Signs and terminates ties until <paramref name="stop"/> is signalled (checked between writes, so no write is
    /// abandoned), or until a request throws: the exception is returned and the write it interrupted stays
    /// <see cref="InFlight"/>. A refused write (not 2xx) is recorded as a failure and the editor goes on.
    /// </summary>
    public async Task<Exception?> WriteAsync(HttpClient api, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var tie = new PlannedTie(_next++);
            try
            {
                if (await SendAsync(api, new PendingWrite(WriteKind.Sign, tie)).ConfigureAwait(false))
                {
                    await SendAsync(api, new PendingWrite(WriteKind.Terminate, tie)).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>
    /// After a restart, finds out whether the write in flight at the kill was committed, and finishes its tie when it
    /// was signed but not terminated (else the next signing would repeat a tie in force). Returns what it found.
    /// </summary>
    public async Task<string> SettleInFlightAsync(HttpClient api)
    {
        if (_inFlight is not { } pending)
        {
            return "no write was in flight";
        }

        var history = await TieHistory.ReadAsync(api, pending.Tie.Id).ConfigureAwait(false);
        var committed = pending.Kind == WriteKind.Sign ? history.Held : history.TerminatedOn is not null;
        if (history.Held && pending.Kind == WriteKind.Sign)
        {
            Acknowledge(new AcknowledgedTie(pending.Tie.Id, pending.Tie.SignedOn, null));
        }

        if (history.Held && history.TerminatedOn is null)
        {
            await SendAsync(api, new PendingWrite(WriteKind.Terminate, pending.Tie)).ConfigureAwait(false);
        }
        else if (history.TerminatedOn is not null)
        {
            TerminationAcknowledged(pending.Tie);
        }

        _inFlight = null;
        return $"{pending} was in flight: {(committed ? "committed" : "not committed")}, as either may be";
    }

    private async Task<bool> SendAsync(HttpClient api, PendingWrite write)
    {
        var (name, uri, body) = write.Kind == WriteKind.Sign
            ? (SignName, "/api/ties", (object)new
            {
                id = write.Tie.Id,
                parties = new[] { PlannedTie.Party, PlannedTie.Partner },
                kind = "CooperationMemorandum",
                signedOn = PlannedTie.Iso(write.Tie.SignedOn),
                title = string.Create(CultureInfo.InvariantCulture, $"Load tie {write.Tie.Number}"),
            })
            : (TerminateName, $"/api/ties/{write.Tie.Id}/events", new
            {
                @event = "Terminate",
                on = PlannedTie.Iso(write.Tie.TerminatedOn),
                by = PlannedTie.Party,
                reason = "Ended by the load run so that the next tie may be signed",
            });

        _inFlight = write;
        var started = Stopwatch.GetTimestamp();
        using var response = await api.PostAsJsonAsync(new Uri(uri, UriKind.Relative), body).ConfigureAwait(false);
        _inFlight = null;
        recorder.Took(name, started);
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            recorder.Failed(string.Create(CultureInfo.InvariantCulture, $"{write}: {(int)response.StatusCode} {detail}"));
            return false;
        }

        Interlocked.Increment(ref _writesAcknowledged);
        if (write.Kind == WriteKind.Sign)
        {
            Acknowledge(new AcknowledgedTie(write.Tie.Id, write.Tie.SignedOn, null));
        }
        else
        {
            TerminationAcknowledged(write.Tie);
        }

        return true;
    }

    private void Acknowledge(AcknowledgedTie tie)
    {
        _acknowledged.Add(tie);
        _lastAcknowledged = tie.Id;
    }

    private void TerminationAcknowledged(PlannedTie tie)
    {
        var index = _acknowledged.FindLastIndex(acknowledged => acknowledged.Id == tie.Id);
        if (index >= 0)
        {
            _acknowledged[index] = _acknowledged[index] with { TerminatedOn = tie.TerminatedOn };
        }
    }
}
