using BenchmarkDotNet.Attributes;
using Diplomacy.Core.Places;

namespace Diplomacy.Core.Benchmarks.Places;

/// <summary>
/// Warm look-ups in the gazetteer (goal: by id allocation-free, by name within a country at most 1 µs): the data and
/// the name index are loaded, and the places asked about already built, before the measured calls.
/// </summary>
[MemoryDiagnoser]
public class PlacesLookup
{
    [GlobalSetup]
    public void Setup()
    {
        _ = Gazetteer.Find(1835553);
        _ = Gazetteer.FindByName("Suwon", "KR");
        _ = Gazetteer.FindByName("수원시", "KR");
        _ = Gazetteer.FindByName("Springfield", "US");
    }

    [Benchmark(Baseline = true)]
    public Place? ById() => Gazetteer.Find(1835553);

    [Benchmark]
    public int ByLatinNameWithinCountry() => Gazetteer.FindByName("Suwon", "KR").Count;

    [Benchmark]
    public int ByHangulNameWithinCountry() => Gazetteer.FindByName("수원시", "KR").Count;

    [Benchmark]
    public int BySharedNameWithinCountry() => Gazetteer.FindByName("Springfield", "US").Count;
}

/// <summary>What the first questions cost: decompressing and indexing the ids, then indexing every name.</summary>
[MemoryDiagnoser]
public class PlacesLoad
{
    [Benchmark(Baseline = true)]
    public int LoadIds() => PlaceData.Load().Count;

    [Benchmark]
    public int LoadAndIndexNames()
    {
        var found = new List<int>();
        PlaceData.Load().FindByName("Suwon", "KR", found);
        return found.Count;
    }
}
