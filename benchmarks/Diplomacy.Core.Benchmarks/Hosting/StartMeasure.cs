using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Storage;

namespace Diplomacy.Core.Benchmarks.Hosting;

/// <summary>
/// A web host's start from SQLite timed step by step in a fresh process, where the first start also pays for loading and
/// compiling the code as a real host's does: reading the stored facts (<c>DatabaseRegisterStore.Load</c>), rebuilding
/// the register with every rule (<c>Register.Rebuild</c>), and the first page's question (Gyeonggi's coverage of China's
/// municipalities), then two more starts in the same process. The database is the SQL anchor's, kept in
/// <c>DIPLOMACY_SQL_ANCHOR_FILE</c> (built there first when absent: minutes for 100,000 ties).
/// Run with <c>DIPLOMACY_SQL_ANCHOR_FILE=/tmp/anchor-100k.db dotnet run -c Release --project benchmarks/Diplomacy.Core.Benchmarks -- --measure-start</c>.
/// </summary>
public static class StartMeasure
{
    public const string Command = "--measure-start";

    public static int Run()
    {
        if (SqlAnchorDatabase.KeptFile is not { } path)
        {
            Console.Error.WriteLine("Set DIPLOMACY_SQL_ANCHOR_FILE to the SQLite file to start from (built there when absent).");
            return 1;
        }

        if (!File.Exists(path))
        {
            var storing = Stopwatch.StartNew();
            SqlAnchorDatabase.Store(path);
            Console.WriteLine(Line($"stored {SqlAnchorDatabase.Ties:N0} ties in {storing.Elapsed.TotalSeconds:F1} s; run again to time a cold start"));
            return 0;
        }

        var process = Process.GetCurrentProcess();
        for (var start = 1; start <= 3; start++)
        {
            var clock = Stopwatch.StartNew();
            var cpu = process.TotalProcessorTime;
            var facts = DatabaseRegisterStore.Sqlite(path).Load();
            var loaded = clock.Elapsed;
            var register = Register.Rebuild(facts);
            var rebuilt = clock.Elapsed;
            var home = register.Directory.Resolve(SqlAnchorDatabase.GyeonggiQuestion)!;
            var count = register.CountCovered(home, BuiltInCohorts.ChinaDirectAdministeredMunicipalities, SqlAnchorDatabase.Date);
            var answered = clock.Elapsed;
            process.Refresh();
            Console.WriteLine(Line($"start {start}: {register.Agreements.Count:N0} ties; load {loaded.TotalSeconds:F2} s, rebuild {(rebuilt - loaded).TotalSeconds:F2} s, first page's question {(answered - rebuilt).TotalSeconds:F2} s ({count.Covered} of {count.Total}); first page after {answered.TotalSeconds:F2} s, {(process.TotalProcessorTime - cpu).TotalSeconds:F2} s of CPU; {GC.GetTotalAllocatedBytes() / (1 << 20):N0} MiB allocated so far; JIT so far {JitInfo.GetCompiledMethodCount():N0} methods in {JitInfo.GetCompilationTime().TotalSeconds:F2} s, {GC.CollectionCount(0):N0} collections ({GC.CollectionCount(2):N0} full), {GC.GetTotalPauseDuration().TotalSeconds:F2} s paused"));
        }

        return 0;
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
