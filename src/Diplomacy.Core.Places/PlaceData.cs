using System.Globalization;
using System.IO.Compression;
using System.Text;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Reference;

namespace Diplomacy.Core.Places;

/// <summary>
/// The gazetteer's data: the embedded Brotli file, decompressed once, with an index of ids and a sorted table of the
/// hashes of every name. A place is built on the first question about it and kept, so that later look-ups allocate
/// nothing; its names stay undecoded until then.
/// </summary>
internal sealed class PlaceData
{
    private const string ResourceName = "Diplomacy.Core.Places.places.tsv.br";
    private const int Fields = 12;

    private readonly byte[] _text;
    private readonly int[] _ids;
    private readonly int[] _lineStarts;
    private readonly int[] _lineEnds;
    private readonly string[] _countries;
    private readonly byte[] _ranks;
    private readonly long[] _populations;
    private readonly Place?[] _places;
    private readonly NameList?[] _nameLists;
    private readonly Dictionary<string, int> _seats = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lazy<(int[] Hashes, int[] Entries)> _names;
    private readonly Comparison<int> _byPreference;

    private PlaceData(byte[] text)
    {
        _text = text;
        var starts = new List<int>();
        var ends = new List<int>();
        foreach (var line in text.AsSpan().Split((byte)'\n'))
        {
            var (start, length) = line.GetOffsetAndLength(text.Length);
            if (length > 0 && text[start] != (byte)'#')
            {
                starts.Add(start);
                ends.Add(start + length);
            }
        }

        var count = starts.Count;
        _lineStarts = [.. starts];
        _lineEnds = [.. ends];
        _ids = new int[count];
        _countries = new string[count];
        _ranks = new byte[count];
        _populations = new long[count];
        _places = new Place?[count];
        _nameLists = new NameList?[count];
        var countries = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var fields = SplitLine(i);
            _ids[i] = int.Parse(fields[0], CultureInfo.InvariantCulture);
            _countries[i] = countries.TryGetValue(fields[2], out var interned) ? interned : countries[fields[2]] = fields[2];
            _ranks[i] = (byte)Gazetteer.RankOf(Place.RoleOf(fields[5]));
            _populations[i] = long.Parse(fields[9], CultureInfo.InvariantCulture);
            if (_ranks[i] <= (int)PlaceRole.FirstLevelSeat && fields[4] != "-"
                && (!_seats.TryGetValue(fields[4], out var seat) || Gazetteer.Compare(this, i, seat) < 0))
            {
                _seats[fields[4]] = i;
            }
        }

        _names = new Lazy<(int[], int[])>(IndexNames);
        _byPreference = (a, b) => Gazetteer.Compare(this, a, b);
    }

    public static Lazy<PlaceData> Instance { get; } = new(Load);

    public int Count => _ids.Length;

    public int IndexOf(int geoNameId) => Array.BinarySearch(_ids, geoNameId);

    public int RankAt(int index) => _ranks[index];

    public long PopulationAt(int index) => _populations[index];

    public int IdAt(int index) => _ids[index];

    /// <summary>Orders places as a shared name prefers them (see <see cref="Gazetteer.Choose"/>), with one comparison made once rather than on every look-up.</summary>
    public void SortByPreference(List<int> found)
    {
        if (found.Count > 1)
        {
            found.Sort(_byPreference);
        }
    }

    /// <summary>The index of the place a first-level division is governed from, or -1 when the gazetteer knows none.</summary>
    public int SeatOf(string divisionCode) => _seats.TryGetValue(divisionCode, out var seat) ? seat : -1;

    public Place PlaceAt(int index)
    {
        if (Volatile.Read(ref _places[index]) is { } built)
        {
            return built;
        }

        // Two threads may build the same place; the first one stored wins, so every caller gets one instance.
        var place = Build(index);
        return Interlocked.CompareExchange(ref _places[index], place, null) ?? place;
    }

    /// <summary>The indexes of the places that bear a name (any of their names, as the core compares names).</summary>
    public void FindByName(string name, string? country, List<int> found)
    {
        var (hashes, entries) = _names.Value;
        var hash = RegionNameComparer.Instance.GetHashCode(name);
        for (var at = FirstAtLeast(hashes, hash); at < hashes.Length && hashes[at] == hash; at++)
        {
            var entry = entries[at];
            if ((country is null || string.Equals(_countries[entry], country, StringComparison.OrdinalIgnoreCase))
                && !found.Contains(entry)
                && NamesAt(entry).Bears(hash, name))
            {
                found.Add(entry);
            }
        }
    }

    /// <summary>Reads the embedded data afresh; <see cref="Instance"/> does it once for everyone.</summary>
    internal static PlaceData Load()
    {
        using var stream = typeof(PlaceData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The gazetteer's data ({ResourceName}) is missing from {typeof(PlaceData).Assembly.GetName().Name}.");
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress);
        using var text = new MemoryStream();
        brotli.CopyTo(text);
        return new PlaceData(text.ToArray());
    }

    /// <summary>The first index whose value is at least the one given (the length when none is): entries of one hash lie side by side.</summary>
    private static int FirstAtLeast(int[] sorted, int value)
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private NameList NamesAt(int index)
    {
        if (Volatile.Read(ref _nameLists[index]) is { } built)
        {
            return built;
        }

        var list = NameList.Of(NamesIn(SplitLine(index)));
        return Interlocked.CompareExchange(ref _nameLists[index], list, null) ?? list;
    }

    private string[] SplitLine(int index)
    {
        var line = Encoding.UTF8.GetString(_text, _lineStarts[index], _lineEnds[index] - _lineStarts[index]);
        var fields = line.Split('\t');
        return fields.Length == Fields
            ? fields
            : throw new InvalidOperationException($"The gazetteer's line {index + 1} has {fields.Length} fields, not {Fields}.");
    }

    private (int[] Hashes, int[] Entries) IndexNames()
    {
        var pairs = new List<(int Hash, int Entry)>(Count * 8);
        var seen = new HashSet<int>();
        for (var i = 0; i < Count; i++)
        {
            seen.Clear();
            var fields = SplitLine(i);
            foreach (var name in NamesIn(fields))
            {
                var hash = RegionNameComparer.Instance.GetHashCode(name);
                if (seen.Add(hash))
                {
                    pairs.Add((hash, i));
                }
            }
        }

        pairs.Sort();
        return ([.. pairs.Select(p => p.Hash)], [.. pairs.Select(p => p.Entry)]);
    }

    private static IEnumerable<string> NamesIn(string[] fields)
    {
        yield return fields[1];
        foreach (var other in Split(fields[10]))
        {
            yield return other;
        }

        foreach (var tagged in Split(fields[11]))
        {
            yield return tagged[(tagged.IndexOf('=', StringComparison.Ordinal) + 1)..];
        }
    }

    private static string[] Split(string field) => field.Length == 0 ? [] : field.Split('|');

    private Place Build(int index)
    {
        var fields = SplitLine(index);
        var names = RegionNames.Of("und", fields[1]);
        foreach (var tagged in Split(fields[11]))
        {
            var cut = tagged.IndexOf('=', StringComparison.Ordinal);
            names = names.And(tagged[..cut], tagged[(cut + 1)..]);
        }

        return new Place(
            _ids[index],
            fields[1],
            Split(fields[10]),
            names,
            _countries[index],
            fields[3] == "-" ? null : $"{fields[2]}.{fields[3]}",
            fields[4] == "-" ? null : Catalog.Region(fields[4]),
            fields[5],
            double.Parse(fields[6], CultureInfo.InvariantCulture),
            double.Parse(fields[7], CultureInfo.InvariantCulture),
            fields[8],
            _populations[index]);
    }

    /// <summary>
    /// A place's names with their hashes, kept once a name look-up has met the place: a hash is shared by other names
    /// now and then, so a hit is confirmed, but only against the names of that hash, each folded once when kept
    /// rather than on every look-up (folding every name of a place on every hit took microseconds).
    /// </summary>
    private sealed class NameList(int[] hashes, string[] names)
    {
        public static NameList Of(IEnumerable<string> names)
        {
            string[] all = [.. names];
            return new NameList([.. all.Select(RegionNameComparer.Instance.GetHashCode)], all);
        }

        public bool Bears(int hash, string name)
        {
            for (var i = 0; i < hashes.Length; i++)
            {
                if (hashes[i] == hash && RegionNameComparer.Instance.Equals(names[i], name))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
