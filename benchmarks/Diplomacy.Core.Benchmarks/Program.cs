using BenchmarkDotNet.Running;

namespace Diplomacy.Core.Benchmarks;

public static class Program
{
    /// <summary>
    /// Runs the benchmarks chosen by the arguments. BenchmarkDotNet exits 0 even when a benchmark throws
    /// or the filter matches nothing, so the exit code is decided here: any failed report, or no report at
    /// all, fails the run. The first argument <c>memory</c> runs the retained-memory measurement instead, and
    /// <c>--measure-json N</c> measures one pass of the register document over N agreements, and
    /// <c>--measure-places N</c> one import of N city pairs built from the gazetteer, <c>--measure-start</c> a web
    /// host's start from SQLite, step by step, <c>--measure-host-launch DLL L</c> L launches of the built web host, and <c>--measure-first-import N L</c> the first import of N rows of the
    /// real shape in L fresh processes, <c>--measure-warm-import N I</c> I warm imports of N rows of it in one process.
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == Memory.RetainedMemory.Command)
        {
            return Memory.RetainedMemory.Run(args.Skip(1));
        }

        if (args is [Places.PlaceListMeasure.Command, var rows])
        {
            return Places.PlaceListMeasure.Run(int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (args is [Hosting.StartMeasure.Command])
        {
            return Hosting.StartMeasure.Run();
        }

        if (args is [Hosting.HostLaunchMeasure.Command, var hostDll, var hostLaunches])
        {
            return Hosting.HostLaunchMeasure.Run(hostDll, int.Parse(hostLaunches, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (args is [Sheets.FirstImport.Command, var listRows, var launches])
        {
            return Sheets.FirstImport.Run(int.Parse(listRows, System.Globalization.CultureInfo.InvariantCulture), int.Parse(launches, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (args is [Sheets.WarmImportMeasure.Command, var warmRows, var imports])
        {
            return Sheets.WarmImportMeasure.Run(int.Parse(warmRows, System.Globalization.CultureInfo.InvariantCulture), int.Parse(imports, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (args is [Sheets.FirstImport.ChildCommand, var path, var mode])
        {
            return Sheets.FirstImport.Child(path, mode);
        }

        if (args is ["--measure-json", var size])
        {
            return Interchange.RegisterDocumentMeasure.Run(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture));
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
        var reports = summaries.SelectMany(summary => summary.Reports).ToList();
        if (reports.Count == 0)
        {
            Console.Error.WriteLine("No benchmark ran: check the filter.");
            return 1;
        }

        var failed = reports.Where(report => !report.Success).ToList();
        var validationErrors = summaries.SelectMany(summary => summary.ValidationErrors).Where(error => error.IsCritical).ToList();
        foreach (var report in failed)
        {
            Console.Error.WriteLine($"Benchmark failed: {report.BenchmarkCase.DisplayInfo}");
        }

        foreach (var error in validationErrors)
        {
            Console.Error.WriteLine($"Benchmark validation failed: {error.Message}");
        }

        return failed.Count == 0 && validationErrors.Count == 0 ? 0 : 1;
    }
}
