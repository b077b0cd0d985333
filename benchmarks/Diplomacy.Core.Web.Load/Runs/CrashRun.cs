using System.Diagnostics;
using System.Globalization;
using Diplomacy.Core.Web.Load.Editing;
using Diplomacy.Core.Web.Load.Hosting;
using Diplomacy.Core.Web.Load.Measuring;

namespace Diplomacy.Core.Web.Load.Runs;

/// <summary>
/// The editor writes without pause; the app is killed with SIGKILL while a write is in flight, the database file is
/// checked by SQLite, and the app is restarted on the same folder, which must hold every acknowledged write. Repeated
/// a few times; a final restart checks the last kill.
/// </summary>
internal static class CrashRun
{
    private const string DatabaseFile = "register.db";
    private static readonly TimeSpan InFlightWithin = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan FirstWriteWithin = TimeSpan.FromSeconds(60);

    public static async Task<bool> RunAsync(RunOptions options, AppLayout layout)
    {
        var dataFolder = Directory.CreateTempSubdirectory("diplomacy-web-crash-");
        var random = new Random(options.Seed);
        var credentials = Credentials.Fresh();
        var recorder = new Recorder();
        var editor = new Editor(recorder);
        var problems = new List<string>();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"crash: {options.Cycles} kills (seed {options.Seed}), data in {dataFolder.FullName}"));
        Console.WriteLine($"machine: {Machine.Description()}");
        Console.WriteLine($"loadavg before: {Machine.LoadAverage()}");
        try
        {
            for (var cycle = 1; cycle <= options.Cycles + 1; cycle++)
            {
                await using var app = await WebAppProcess.StartAsync(layout, dataFolder.FullName, credentials).ConfigureAwait(false);
                using var editing = ApiClients.Editor(app, credentials);
                if (cycle > 1)
                {
                    await CheckRestartAsync(app, editing, editor, problems).ConfigureAwait(false);
                }

                if (cycle <= options.Cycles)
                {
                    await WriteAndKillAsync(cycle, app, editing, editor, recorder, random, problems).ConfigureAwait(false);
                    var integrity = await Integrity.CheckAsync(Path.Combine(dataFolder.FullName, DatabaseFile)).ConfigureAwait(false);
                    Console.WriteLine($"  integrity_check after the kill: {integrity}");
                    if (integrity != "ok")
                    {
                        problems.Add($"cycle {cycle}: the database after the kill: {integrity}");
                    }
                }
            }
        }
        finally
        {
            dataFolder.Delete(recursive: true);
        }

        Console.WriteLine($"loadavg after: {Machine.LoadAverage()}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"acknowledged in all: {editor.Acknowledged.Count} ties"));
        Outcome.Print("refused writes", recorder.FailureCount, recorder.Failures);
        Outcome.Print("problems", problems.Count, problems);
        return recorder.FailureCount == 0 && problems.Count == 0 && editor.Acknowledged.Count > 0;
    }

    private static async Task WriteAndKillAsync(
        int cycle, WebAppProcess app, HttpClient editing, Editor editor, Recorder recorder, Random random, List<string> problems)
    {
        var before = editor.WritesAcknowledged;
        var writeFor = TimeSpan.FromMilliseconds(random.Next(300, 1500));
        var writing = editor.WriteAsync(editing, CancellationToken.None);

        // A restarted app's first write is slow (the database model is built, the code compiled): the kill should
        // land among writes at their usual pace, so the time to it runs from the first acknowledged one.
        await WaitAsync(() => editor.WritesAcknowledged > before || writing.IsCompleted, FirstWriteWithin).ConfigureAwait(false);
        await Task.Delay(writeFor).ConfigureAwait(false);

        // The editor is between two writes only for an instant: wait for the next one to be on the wire, then kill.
        await WaitAsync(() => editor.InFlight is not null || writing.IsCompleted, InFlightWithin).ConfigureAwait(false);

        if (writing.IsCompleted)
        {
            problems.Add($"cycle {cycle}: the editor stopped before the kill: {(await writing.ConfigureAwait(false))?.Message}");
            return;
        }

        await app.KillAsync().ConfigureAwait(false);
        var interrupted = await writing.ConfigureAwait(false);

        // Read after the editor stopped: the write it had on the wire when the kill landed, not one it sent before.
        var inFlight = editor.InFlight;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"cycle {cycle}: {editor.WritesAcknowledged - before} writes acknowledged, SIGKILL {writeFor.TotalMilliseconds:N0} ms after the first to process {app.Id} with {inFlight?.ToString() ?? "no write"} in flight ({interrupted?.GetType().Name ?? "no error"} at the editor); refused so far: {recorder.FailureCount}"));
    }

    private static async Task WaitAsync(Func<bool> until, TimeSpan within)
    {
        var waited = Stopwatch.StartNew();
        while (!until() && waited.Elapsed < within)
        {
            await Task.Delay(1).ConfigureAwait(false);
        }
    }

    private static async Task CheckRestartAsync(WebAppProcess app, HttpClient editing, Editor editor, List<string> problems)
    {
        var settled = await editor.SettleInFlightAsync(editing).ConfigureAwait(false);
        var missing = await ReadBack.MissingAsync(editing, editor.Acknowledged).ConfigureAwait(false);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"restart: answered in {app.StartedIn.TotalSeconds:N1} s; {settled}; {editor.Acknowledged.Count - missing.Count} of {editor.Acknowledged.Count} acknowledged ties present"));
        problems.AddRange(missing.Select(lack => $"after a restart: {lack}"));
    }
}
