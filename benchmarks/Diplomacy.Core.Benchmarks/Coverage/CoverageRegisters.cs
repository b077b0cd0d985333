using System.Globalization;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Benchmarks.Data;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using NodaTime;

namespace Diplomacy.Core.Benchmarks.Coverage;

/// <summary>
/// Registers of 1,000 to 1,000,000 agreements for the coverage benchmarks, built once per size and shared by every
/// benchmark class of the run (BenchmarkDotNet runs them in one process with <c>--inProcess</c>).
/// </summary>
/// <remarks>
/// <para>
/// The background is the world's twinning network (<see cref="TwinningData"/>: real Wikidata 2016 ties when the data
/// is found, a synthetic network of the same shape otherwise). A register larger than the network holds copies of it,
/// each with its own places, so that every place keeps the degree it has in the network: a bigger register is more
/// places, not busier ones, as when a national body's register grows.
/// </para>
/// <para>
/// The home is Gyeonggi, with 60 ties in every size: MOUs with three of China's four municipalities (Beijing
/// missing), sister ties with 31 of Japan's 47 prefectures (three suspended, two terminated) and ties with 26
/// places of the network. So the answers are the same in every size, and only the register around them grows.
/// </para>
/// </remarks>
internal static class CoverageRegisters
{
    private static readonly Dictionary<int, CoverageScenario> Built = [];
    private const string HomeCode = "KR-41";

    // Three MOUs with municipalities and 31 sister ties with prefectures; the other ties of the home are background ties.
    private const int HomeTies = 34;
    private const int PlaceTiesOfTheHome = 26;

    private static readonly string[] MunicipalityCodes = ["BJ", "TJ", "SH", "CQ"];
    private static TwinningData? _data;
    private static IReadOnlyList<(WikidataId First, WikidataId Second)>? _pairs;

    public static LocalDate Date { get; } = new(2025, 9, 26);

    public static CoverageScenario Get(int agreements)
    {
        lock (Built)
        {
            if (!Built.TryGetValue(agreements, out var scenario))
            {
                scenario = Build(agreements);
                Built.Add(agreements, scenario);
            }

            return scenario;
        }
    }

    /// <summary>
    /// Stage one of a build: a register holding the home, the cohorts' regions and every place the background ties of
    /// a register of <paramref name="size"/> agreements use, and nothing else.
    /// </summary>
    internal static Register Regions(int size)
    {
        var register = Register.Open();
        foreach (var batch in MakeRegions(size))
        {
            register.AddRegions(batch);
        }

        return register;
    }

    /// <summary>
    /// Stage one, its first half: the regions of <see cref="Regions"/>, made but not added, in the batches it adds them
    /// in (the cohorts' regions with their countries, then the places).
    /// </summary>
    internal static List<Region>[] MakeRegions(int size)
    {
        _data ??= TwinningData.Load();
        _pairs ??= _data.Pairs();
        var korea = Region.CreateCountry(CountryCode.Parse("KR"), RegionNames.Of("en", "South Korea"), "Asia/Seoul");
        var gyeonggi = Region.CreateSubdivision(SubdivisionCode.Parse(HomeCode), AdministrativeKind.Province, RegionNames.Of("en", "Gyeonggi"), korea);
        var china = Region.CreateCountry(CountryCode.Parse("CN"), RegionNames.Of("en", "China"), "Asia/Shanghai");
        var municipalities = MunicipalityCodes
            .Select(code => Region.CreateSubdivision(SubdivisionCode.Parse($"CN-{code}"), AdministrativeKind.DirectAdministeredMunicipality, RegionNames.Of("en", code), china))
            .ToList();
        var japan = Region.CreateCountry(CountryCode.Parse("JP"), RegionNames.Of("en", "Japan"), "Asia/Tokyo");
        var prefectures = Enumerable.Range(1, 47)
            .Select(n => Region.CreateSubdivision(SubdivisionCode.Parse(PrefectureCode(n)), AdministrativeKind.Prefecture, RegionNames.Of("en", $"Prefecture {n}"), japan))
            .ToList();
        List<Region> cohorts = [korea, gyeonggi, china, .. municipalities, japan, .. prefectures];

        var places = new Dictionary<RegionId, Region>();
        var names = _data.Places.ToDictionary(place => place.Id.Number, place => place.Name);
        for (var index = 0; index < size - HomeTies; index++)
        {
            var (copy, first, second) = Ends(index);
            Place(places, names, copy, first);
            if (index >= PlaceTiesOfTheHome)
            {
                Place(places, names, copy, second);
            }
        }

        return [cohorts, [.. places.Values]];
    }

    /// <summary>
    /// Stage two: the agreements of a register of <paramref name="size"/> agreements, signed but not yet added, their
    /// parties found in the register that <see cref="Regions"/> built.
    /// </summary>
    internal static List<Agreement> Sign(Register register, int size)
    {
        var directory = register.Directory;
        var gyeonggi = directory.Resolve(HomeCode)!;
        var all = new List<Agreement>(size);
        var signed = new LocalDate(2025, 9, 23);
        foreach (var code in MunicipalityCodes.Skip(1))
        {
            all.Add(Sign(all.Count, AgreementKind.CooperationMemorandum, gyeonggi, directory.Resolve($"CN-{code}")!, signed));
        }

        for (var n = 0; n < 31; n++)
        {
            var tie = Sign(all.Count, AgreementKind.SisterCity, gyeonggi, directory.Resolve(PrefectureCode(n + 1))!, new LocalDate(1990 + n, 5, 1));
            if (n < 3)
            {
                tie.Suspend(new LocalDate(2024, 1, 1), SuspensionReason.Political);
            }
            else if (n < 5)
            {
                tie.Terminate(new LocalDate(2020, 1, 1), gyeonggi, "Dissolved");
            }

            all.Add(tie);
        }

        // Signing a million agreements is the slow part of the preparation, and each is independent of the others
        // (the directory is only read).
        var signedFirst = all.Count;
        var background = new Agreement[size - HomeTies];
        Parallel.For(0, background.Length, index =>
        {
            var (copy, first, second) = Ends(index);
            var firstRegion = directory.Resolve(PlaceId(copy, first).Value)!;
            var secondRegion = index < PlaceTiesOfTheHome ? gyeonggi : directory.Resolve(PlaceId(copy, second).Value)!;
            background[index] = Sign(
                signedFirst + index, AgreementKind.Friendship, firstRegion, secondRegion, new LocalDate(1960 + (index % 60), 1 + (index % 12), 1 + (index % 28)));
        });
        all.AddRange(background);
        return all;
    }

    /// <summary>Stage three: the prepared agreements added to the register.</summary>
    internal static void Add(Register register, List<Agreement> agreements)
    {
        // The scaled network gives the home stand-in ties that can repeat a pair, each meant as a tie of its own: the
        // register's duplicate check would refuse them, so they are added as distinct.
        register.AddRange(agreements, distinct: true);
    }

    private static CoverageScenario Build(int size)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var register = Regions(size);
        var all = Sign(register, size);
        Add(register, all);
        var gyeonggi = register.Directory.Resolve(HomeCode)!;
        var scenario = new CoverageScenario(register, all, gyeonggi, BuiltInCohorts.ChinaDirectAdministeredMunicipalities, BuiltInCohorts.JapanPrefectures);

        // Resolve the cohorts once outside the measured calls, as a long-lived register would have.
        register.CountCovered(gyeonggi, scenario.Four, Date);
        register.CountCovered(gyeonggi, scenario.FortySeven, Date);
        Console.WriteLine($"// Coverage register: {all.Count:N0} agreements, {register.Directory.Count:N0} regions, home with {register.TiesOf(gyeonggi).Count} ties, built in {clock.Elapsed.TotalSeconds:F1} s, heap {GC.GetTotalMemory(false) / (1 << 20):N0} MB");
        return scenario;
    }

    /// <summary>The copy of the network a background tie belongs to, and its two places.</summary>
    private static (int Copy, WikidataId First, WikidataId Second) Ends(int index)
    {
        var (first, second) = _pairs![index % _pairs.Count];
        return (index / _pairs.Count, first, second);
    }

    private static RegionId PlaceId(int copy, WikidataId id) =>
        copy == 0 ? RegionId.For(id) : new RegionId(string.Create(CultureInfo.InvariantCulture, $"{id}-{copy}"));

    private static string PrefectureCode(int n) => string.Create(CultureInfo.InvariantCulture, $"JP-{n:D2}");

    private static void Place(Dictionary<RegionId, Region> places, Dictionary<long, string> names, int copy, WikidataId id)
    {
        var key = PlaceId(copy, id);
        if (!places.ContainsKey(key))
        {
            places.Add(key, Region.CreatePlace(key, AdministrativeKind.Other, RegionNames.Of("de", names.GetValueOrDefault(id.Number, key.Value)), parent: null, "UTC"));
        }
    }

    private static Agreement Sign(int number, AgreementKind kind, Region first, Region second, LocalDate on) =>
        Agreement.Sign(new AgreementId(string.Create(CultureInfo.InvariantCulture, $"A{number}")), kind, [first, second], on);
}
