using System.Diagnostics;
using System.Globalization;
using Diplomacy.Core.Places;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Sheets;

namespace Diplomacy.Core.Benchmarks.Sheets;

/// <summary>
/// Warm imports of a real-shaped list (<see cref="CityPairList"/>) measured in processor time, for a machine too busy for
/// <see cref="RealShapedImport"/>'s short job at 26,000 rows: the same import (<c>Places = Gazetteer.Resolver</c>, into an
/// empty register), repeated in one process, each timed in elapsed and processor time; the median of the second half,
/// when the code is compiled at its last tier, is the warm figure. Processor time is the process's, the collector's
/// threads included, which other work on the machine inflates far less than elapsed time.
/// Run with <c>dotnet run -c Release --project benchmarks/Diplomacy.Core.Benchmarks -- --measure-warm-import 26000 20</c>.
/// </summary>
public static class WarmImportMeasure
{
    public const string Command = "--measure-warm-import";

    public static int Run(int rows, int imports)
    {
        var sheet = CityPairList.Generate(rows, ListShape.Current);
        var options = new SheetImportOptions { Places = Gazetteer.Resolver };
        var process = Process.GetCurrentProcess();
        var cpu = new List<double>();
        var elapsed = new List<double>();
        ImportReport? report = null;
        Console.WriteLine($"load before: {FirstImport.LoadAverage()}");
        for (var i = 0; i < imports; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var time = Stopwatch.StartNew();
            report = RegisterSheet.Import(Register.Open(), new StringReader(sheet), options);
            time.Stop();
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            elapsed.Add(time.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"load after: {FirstImport.LoadAverage()}");
        Console.WriteLine(report);
        var warmCpu = cpu.Skip(imports / 2).Order().ToList();
        var warmElapsed = elapsed.Skip(imports / 2).Order().ToList();
        var median = warmCpu[warmCpu.Count / 2];
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{rows:N0} rows, {imports} imports; warm (second half) processor time median {median:F1} ms (min {warmCpu[0]:F1}, max {warmCpu[^1]:F1}), "
            + $"elapsed median {warmElapsed[warmElapsed.Count / 2]:F1} ms; {rows / median * 1000:N0} rows a second of processor time"));
        return 0;
    }
}
