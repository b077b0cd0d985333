using System.Diagnostics;
using System.Globalization;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Places;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Reference;
using Diplomacy.Core.Sheets;

namespace Diplomacy.Core.Benchmarks.Sheets;

/// <summary>
/// The first import of a list in a fresh process, every load included (goal: a 26,000-row list within 1 s). A list of
/// the real shape (<see cref="CityPairList"/>) is written to a file; then this program starts itself afresh for each
/// launch, so that nothing is loaded or compiled before the import. A plain launch only imports and reports the time
/// to the import's end; a profiling launch loads each piece in turn and reports each phase: the catalog's codes, its
/// name index, the gazetteer, its name index, the parse alone, then the import itself split into the gazetteer's
/// choices (placing) and the rest (countries and the catalog's names, the register's build), and a second import warm.
/// Run with <c>dotnet run -c Release --project benchmarks/Diplomacy.Core.Benchmarks -- --measure-first-import 26000 5</c>.
/// </summary>
public static class FirstImport
{
    public const string Command = "--measure-first-import";
    public const string ChildCommand = "--first-import-child";

    private static readonly SheetImportOptions Options = new() { Places = Gazetteer.Resolver };

    /// <summary>Writes the list, launches <paramref name="launches"/> plain and as many profiling processes, and prints the medians.</summary>
    /// <remarks>With no launches the list is only written, and its path printed, for a profiler to run one launch by hand
    /// (<c>--first-import-child PATH phases</c>).</remarks>
    public static int Run(int rows, int launches)
    {
        var path = WriteList(rows);
        if (launches < 1)
        {
            Console.WriteLine(path);
            return 0;
        }

        try
        {
            Console.WriteLine($"load before: {LoadAverage()}");
            var plain = Enumerable.Range(0, launches).Select(_ => Launch(path, "plain")).ToList();
            var profiles = Enumerable.Range(0, launches).Select(_ => Launch(path, "phases")).ToList();
            Console.WriteLine($"load after: {LoadAverage()}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows, {launches} launches each; medians (min-max) in ms"));
            Console.WriteLine("| Phase | Elapsed | Range | CPU (all threads) |");
            Console.WriteLine("| --- | ---: | ---: | ---: |");
            foreach (var phase in plain[0].Keys.Concat(profiles[0].Keys))
            {
                var runs = plain[0].ContainsKey(phase) ? plain : profiles;
                var times = runs.Select(run => run[phase].Elapsed).Order().ToList();
                var cpu = runs.Select(run => run[phase].Cpu).Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {phase} | {times[times.Count / 2]:F0} | {times[0]:F0}-{times[^1]:F0} | {cpu[cpu.Count / 2]:F0} |"));
            }

            return 0;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Writes a list of the real shape to a temporary file and returns its path.</summary>
    public static string WriteList(int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"diplomacy-first-import-{Environment.ProcessId}-{rows}.csv");
        File.WriteAllText(path, CityPairList.Generate(rows, ListShape.Current));
        return path;
    }

    /// <summary>Runs the import in a fresh process and returns its phases' elapsed and processor times in milliseconds.</summary>
    public static Dictionary<string, (double Elapsed, double Cpu)> Launch(string path, string mode)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(start.FileName) == "dotnet")
        {
            start.ArgumentList.Add(typeof(FirstImport).Assembly.Location);
        }

        foreach (var argument in (string[])[ChildCommand, path, mode])
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"The first import's process exited with {child.ExitCode}: {output}");
        }

        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Where(columns => columns is [_, _, _])
            .ToDictionary(columns => columns[0], columns => (Number(columns[1]), Number(columns[2])));

        static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The child: one first import, plain or phase by phase; prints each phase as a tab-separated name, elapsed
    /// milliseconds and the processor milliseconds of all the process's threads (the JIT's and the collector's included),
    /// which a busy machine inflates far less than the elapsed time.
    /// </summary>
    public static int Child(string path, string mode)
    {
        var process = Process.GetCurrentProcess();
        var sinceStart = DateTime.Now - process.StartTime;
        var cpuAtMain = process.TotalProcessorTime;
        var main = Stopwatch.StartNew();
        var text = File.ReadAllText(path);
        if (mode == "plain")
        {
            var report = Import(text);
            var cpu = Cpu();
            Print("runtime start (process start to Main)", sinceStart, cpuAtMain);
            Print("first import, every load included (Main to the import's end)", main.Elapsed, cpu - cpuAtMain);
            Print("first import, from process start", sinceStart + main.Elapsed, cpu);
            return report.RowsRead > 0 ? 0 : 1;
        }

        Phase("catalog: codes", () => CatalogData.Instance.Value.Count);
        Phase("catalog: name index", () => Catalog.FindByName("Gyeonggi-do").Count);
        Phase("gazetteer: ids", () => PlaceData.Instance.Value.Count);
        Phase("gazetteer: name index", () => Gazetteer.FindByName("Suwon").Count);
        Phase("parse alone (Sep, cold)", () => SheetText.Rows(new StringReader(text), null).Count());
        var placing = new TimedResolver(Gazetteer.Resolver);
        var import = Stopwatch.StartNew();
        var importCpu = Cpu();
        var first = RegisterSheet.Import(Register.Open(), new StringReader(text), Options with { Places = placing });
        import.Stop();
        importCpu = Cpu() - importCpu;
        Print("import: placing (the gazetteer's choices)", placing.Elapsed, null);
        Print("import: the rest (parse, countries, catalog names, register build)", import.Elapsed - placing.Elapsed, null);
        Print("import after the loads (first)", import.Elapsed, importCpu);
        Phase("import warm (second, same process)", () => Import(text).RowsRead - first.RowsRead);
        Print("all of it, from process start", sinceStart + main.Elapsed, Cpu());
        return 0;
    }

    private static ImportReport Import(string text) => RegisterSheet.Import(Register.Open(), new StringReader(text), Options);

    private static void Phase(string name, Func<int> work)
    {
        var cpu = Cpu();
        var time = Stopwatch.StartNew();
        _ = work();
        Print(name, time.Elapsed, Cpu() - cpu);
    }

    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>Prints a phase; its processor time is NaN when it is not measured alone (a part of the import).</summary>
    private static void Print(string phase, TimeSpan elapsed, TimeSpan? cpu) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{phase}\t{elapsed.TotalMilliseconds:F1}\t{cpu?.TotalMilliseconds ?? double.NaN:F1}"));

    internal static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";

    /// <summary>The gazetteer's resolver with the time spent in it counted.</summary>
    private sealed class TimedResolver(IPlaceResolver inner) : IPlaceResolver
    {
        private long _ticks;

        public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, _ticks);

        public PlaceChoice? Resolve(string name, Region country)
        {
            var start = Stopwatch.GetTimestamp();
            var choice = inner.Resolve(name, country);
            _ticks += Stopwatch.GetTimestamp() - start;
            return choice;
        }
    }
}
