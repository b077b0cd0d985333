using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Diplomacy.Core.Interchange.Json;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Benchmarks.Interchange;

/// <summary>
/// One measured pass over a large register, for sizes where a BenchmarkDotNet run costs too much: the time to write it
/// to a file and to read it back, against the plain parse of the same file, and the managed heap the loaded register
/// keeps against the highest heap seen while loading it.
/// Run with <c>dotnet run -c Release --project benchmarks/Diplomacy.Core.Benchmarks -- --measure-json 1000000</c>.
/// </summary>
public static class RegisterDocumentMeasure
{
    public static int Run(int agreements)
    {
        var file = Path.Combine(Path.GetTempPath(), $"register-{agreements}.json");
        var register = SyntheticRegisters.Build(agreements);
        var write = Stopwatch.StartNew();
        using (var output = File.Create(file))
        {
            RegisterDocument.Write(register, output);
        }

        write.Stop();
        register = null;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"agreements: {agreements:N0}; document: {new FileInfo(file).Length / 1024.0 / 1024.0:F1} MiB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"write to file: {write.Elapsed.TotalSeconds:F2} s"));

        var (plainTime, plainPeak, plainKept, _) = Measure(() =>
        {
            using var input = File.OpenRead(file);
            return JsonSerializer.Deserialize(input, PlainRecordsContext.Default.PlainRegister)!;
        });
        var (readTime, readPeak, readKept, loaded) = Measure(() =>
        {
            using var input = File.OpenRead(file);
            return RegisterDocument.Read(input);
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"plain parse: {plainTime:F2} s, peak heap {plainPeak / 1048576.0:F0} MiB, kept {plainKept / 1048576.0:F0} MiB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read register: {readTime:F2} s, peak heap {readPeak / 1048576.0:F0} MiB, kept {readKept / 1048576.0:F0} MiB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read / plain parse: {readTime / plainTime:F2}x; peak / loaded register: {(double)readPeak / readKept:F2}x"));
        GC.KeepAlive(loaded);
        File.Delete(file);
        return ((Register)loaded).Agreements.Count == agreements ? 0 : 1;
    }

    /// <summary>Runs <paramref name="load"/> once, sampling the managed heap every millisecond; the sizes are above the heap before it.</summary>
    private static (double Seconds, long Peak, long Kept, object Result) Measure(Func<object> load)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var peak = before;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.Wait(1))
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
            }
        });
        sampler.Start();
        var clock = Stopwatch.StartNew();
        var result = load();
        clock.Stop();
        done.Set();
        sampler.Join();
        var kept = GC.GetTotalMemory(forceFullCollection: true) - before;
        return (clock.Elapsed.TotalSeconds, Math.Max(peak, before + kept) - before, kept, result);
    }
}
