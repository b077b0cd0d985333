using System.Diagnostics;
using System.Globalization;
using Diplomacy.Core.Benchmarks.Coverage;
using Diplomacy.Core.Benchmarks.Data;

namespace Diplomacy.Core.Benchmarks.Memory;

/// <summary>
/// What a register retains, in bytes per region and per agreement, for the coverage benchmarks' registers (the
/// world's twinning network, scaled; see <see cref="CoverageRegisters"/>), beside the time each stage of the build takes:
/// regions made and added, agreements signed and added, and the build from prepared data (regions added plus
/// agreements added: what a host loading stored regions and agreements waits for).
/// </summary>
/// <remarks>
/// Not a BenchmarkDotNet benchmark: retained memory is a property of the data held, read once after a full,
/// compacting GC (<see cref="GC.GetTotalMemory(bool)"/>), while BenchmarkDotNet measures what a call allocates.
/// Each size runs in the same process one after the other, its register dropped before the next; run a single size
/// for the cleanest figure. Run with <c>-- memory [sizes…]</c>.
/// </remarks>
internal static class RetainedMemory
{
    public const string Command = "memory";

    private static readonly int[] DefaultSizes = [TwinningData.PairCount, 100_000, 1_000_000];

    public static int Run(IEnumerable<string> arguments)
    {
        var sizes = arguments.Select(argument => int.Parse(argument, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToList();
        Console.WriteLine("| Agreements | Regions | Retained | per region | per agreement | regions made | regions added | agreements signed | agreements added | build from prepared data |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var size in sizes.Count > 0 ? [.. sizes] : DefaultSizes)
        {
            Measure(size);
        }

        return 0;
    }

    private static void Measure(int size)
    {
        // The network's data is loaded once and kept by the builder: read it before the first measurement.
        CoverageRegisters.Regions(0);
        var empty = Retained();

        var (register, made, regionsAdded) = MakeAndAddRegions(size);
        var withRegions = Retained();

        var (signed, added) = SignAndAdd(register, size);
        var full = Retained();
        var regions = register.Directory.Count;
        var count = register.Agreements.Count;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {count:N0} | {regions:N0} | {(full - empty) / (1 << 20):N0} MiB | {(withRegions - empty) / regions:N0} B | {(full - withRegions) / count:N0} B | {made.TotalSeconds:F2} s | {regionsAdded.TotalSeconds:F2} s | {signed.TotalSeconds:F2} s | {added.TotalSeconds:F2} s | {(regionsAdded + added).TotalSeconds:F2} s |"));

        // Time to take a heap's census by type (dotnet-gcdump collect -p PID) while the register is held.
        if (Environment.GetEnvironmentVariable("DIPLOMACY_MEMORY_HOLD_SECONDS") is { } hold)
        {
            Thread.Sleep(TimeSpan.FromSeconds(int.Parse(hold, CultureInfo.InvariantCulture)));
        }

        GC.KeepAlive(register);
    }

    // A method of its own, so that the lists of prepared regions are out of reach when the register is measured.
    private static (Core.Portfolio.Register Register, TimeSpan Made, TimeSpan Added) MakeAndAddRegions(int size)
    {
        var clock = Stopwatch.StartNew();
        var batches = CoverageRegisters.MakeRegions(size);
        var made = clock.Elapsed;
        clock.Restart();
        var register = Core.Portfolio.Register.Open();
        foreach (var batch in batches)
        {
            register.AddRegions(batch);
        }

        return (register, made, clock.Elapsed);
    }

    // A method of its own, so that the list of prepared agreements is out of reach when the register is measured.
    private static (TimeSpan Signed, TimeSpan Added) SignAndAdd(Core.Portfolio.Register register, int size)
    {
        var clock = Stopwatch.StartNew();
        var agreements = CoverageRegisters.Sign(register, size);
        var signed = clock.Elapsed;
        clock.Restart();
        CoverageRegisters.Add(register, agreements);
        return (signed, clock.Elapsed);
    }

    private static long Retained()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
