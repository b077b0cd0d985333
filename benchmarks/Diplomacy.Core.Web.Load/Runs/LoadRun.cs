using System.Diagnostics;
using System.Globalization;
using Diplomacy.Core.Web.Load.Editing;
using Diplomacy.Core.Web.Load.Hosting;
using Diplomacy.Core.Web.Load.Measuring;
using Diplomacy.Core.Web.Load.Reading;

namespace Diplomacy.Core.Web.Load.Runs;

/// <summary>
/// Readers ask for coverage and ties (pages and API) without pause for a set time while one editor records ties;
/// passes when no request failed and every acknowledged write reads back.
/// </summary>
internal static class LoadRun
{
    public static async Task<bool> RunAsync(RunOptions options, AppLayout layout)
    {
        var dataFolder = Directory.CreateTempSubdirectory("diplomacy-web-load-");
        try
        {
            var credentials = Credentials.Fresh();
            await using var app = await WebAppProcess.StartAsync(layout, dataFolder.FullName, credentials).ConfigureAwait(false);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"load: {options.Seconds} s, {options.Readers} readers and 1 editor against {app.Address} (process {app.Id}, data in {dataFolder.FullName})"));
            Console.WriteLine($"machine: {Machine.Description()}");
            Console.WriteLine($"loadavg before: {Machine.LoadAverage()}");

            var recorder = new Recorder();
            var editor = new Editor(recorder);
            using var readers = ApiClients.Readers(app);
            using var editing = ApiClients.Editor(app, credentials);
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
            var started = Stopwatch.GetTimestamp();
            var reading = Enumerable.Range(0, options.Readers).Select(number => Reader.ReadAsync(readers, number, editor, recorder, stop.Token)).ToList();
            var writing = editor.WriteAsync(editing, stop.Token);
            await Task.WhenAll(reading).ConfigureAwait(false);
            if (await writing.ConfigureAwait(false) is { } interrupted)
            {
                recorder.Failed($"the editor's {editor.InFlight} threw {interrupted.GetType().Name}: {interrupted.Message}");
            }

            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            Console.WriteLine($"loadavg after: {Machine.LoadAverage()}");

            var missing = await ReadBack.MissingAsync(editing, editor.Acknowledged).ConfigureAwait(false);
            Report(recorder, editor, missing, seconds);
            var reads = recorder.Summary("reads", name => name.StartsWith("read", StringComparison.Ordinal)).Count;
            return recorder.FailureCount == 0 && missing.Count == 0 && reads > 0 && editor.Acknowledged.Count > 0;
        }
        finally
        {
            dataFolder.Delete(recursive: true);
        }
    }

    private static void Report(Recorder recorder, Editor editor, IReadOnlyList<string> missing, double seconds)
    {
        Console.WriteLine();
        Console.WriteLine(LatencySummary.Header);
        foreach (var summary in recorder.ByName())
        {
            Console.WriteLine(summary.Row(seconds));
        }

        Console.WriteLine(recorder.Summary("**all reads**", name => name.StartsWith("read", StringComparison.Ordinal)).Row(seconds));
        Console.WriteLine(recorder.Summary("**all writes**", name => name.StartsWith("write", StringComparison.Ordinal)).Row(seconds));
        Console.WriteLine(recorder.Summary("**everything**", _ => true).Row(seconds));
        Console.WriteLine();

        var terminated = editor.Acknowledged.Count(tie => tie.TerminatedOn is not null);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"acknowledged: {editor.Acknowledged.Count} ties signed and {terminated} terminated; read back: {editor.Acknowledged.Count - missing.Count} of {editor.Acknowledged.Count} present"));
        Outcome.Print("failed requests", recorder.FailureCount, recorder.Failures);
        Outcome.Print("acknowledged writes missing", missing.Count, missing);
    }
}
