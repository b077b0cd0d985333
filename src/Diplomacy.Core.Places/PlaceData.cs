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
        // The first question waits for this loop over every line: it reads the few fields it needs from the bytes,
        // instead of decoding each line into a dozen strings (about 1.4 million, most of them garbage at once).
        var countries = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Span<Range> fields = stackalloc Range[Fields + 1];
        Span<char> code = stackalloc char[16];
        for (var i = 0; i < count; i++)
        {
            var line = LineAt(i, fields);
            _ids[i] = int.Parse(line[fields[0]], CultureInfo.InvariantCulture);
            var country = code[..Encoding.UTF8.GetChars(line[fields[2]], code)];
            if (!countries.TryGetValue(country, out var interned))
            {
                interned = new string(country);
                countries[interned] = interned;
            }

            _countries[i] = interned;
            _ranks[i] = (byte)Gazetteer.RankOf(Place.RoleOf(code[..Encoding.UTF8.GetChars(line[fields[5]], code)]));
            _populations[i] = long.Parse(line[fields[9]], CultureInfo.InvariantCulture);
            var seatOf = line[fields[4]];
            if (_ranks[i] <= (int)PlaceRole.FirstLevelSeat && !seatOf.SequenceEqual("-"u8))
            {
                var division = Encoding.UTF8.GetString(seatOf);
                if (!_seats.TryGetValue(division, out var seat) || Gazetteer.Compare(this, i, seat) < 0)
                {
                    _seats[division] = i;
                }
            }
        }

        _names = new Lazy<(int[], int[])>(IndexNames);
    }

    public static Lazy<PlaceData> Instance { get; } = new(Load);

    public int Count => _ids.Length;

    public int IndexOf(int geoNameId) => Array.BinarySearch(_ids, geoNameId);

    public int RankAt(int index) => _ranks[index];

    public long PopulationAt(int index) => _populations[index];

    public int IdAt(int index) => _ids[index];

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

    /// <summary>
    /// The indexes of the places that bear a name (any of their names, as the core compares names), in the order a shared
    /// name prefers them (see <see cref="Gazetteer.Choose"/>): the index keeps the places of one hash in that order, and
    /// each place once per hash, so a look-up neither sorts nor removes repeats.
    /// </summary>
    public void FindByName(string name, string? country, List<int> found)
    {
        var (hashes, entries) = _names.Value;
        var hash = RegionNameComparer.Instance.GetHashCode(name);
        for (var at = FirstAtLeast(hashes, hash); at < hashes.Length && hashes[at] == hash; at++)
        {
            var entry = entries[at];
            if ((country is null || string.Equals(_countries[entry], country, StringComparison.OrdinalIgnoreCase))
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
        // The text is about 3.7 times the compressed bytes: room for it up front spares the stream's doublings and copies.
        using var text = new MemoryStream(checked((int)stream.Length * 4));
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

    /// <summary>Where each tab-separated field of a line lies; how many fields there are, counted up to one more than the ranges hold.</summary>
    private static int FieldsOf(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        var count = 0;
        foreach (var field in line.Split((byte)'\t'))
        {
            if (count == fields.Length)
            {
                return count + 1;
            }

            fields[count++] = field;
        }

        return count;
    }

    private NameList NamesAt(int index)
    {
        if (Volatile.Read(ref _nameLists[index]) is { } built)
        {
            return built;
        }

        var list = NameList.Of(NamesOfLine(index));
        return Interlocked.CompareExchange(ref _nameLists[index], list, null) ?? list;
    }

    private string[] SplitLine(int index)
    {
        Span<Range> fields = stackalloc Range[Fields + 1];
        var line = LineAt(index, fields);
        var texts = new string[Fields];
        for (var f = 0; f < Fields; f++)
        {
            texts[f] = Encoding.UTF8.GetString(line[fields[f]]);
        }

        return texts;
    }

    /// <summary>A line's bytes, with where each of its fields lies; a line of other than <see cref="Fields"/> fields is refused.</summary>
    private ReadOnlySpan<byte> LineAt(int index, Span<Range> fields)
    {
        var line = _text.AsSpan(_lineStarts[index], _lineEnds[index] - _lineStarts[index]);
        var count = FieldsOf(line, fields);
        if (count != Fields)
        {
            throw new InvalidOperationException($"The gazetteer's line {index + 1} has {(count > Fields ? "more than " + Fields : count)} fields, not {Fields}.");
        }

        return line;
    }

    private (int[] Hashes, int[] Entries) IndexNames()
    {
        // Each place's position in the order shared names prefer, so that one sort of plain numbers (the hash in the
        // high half, the position in the low) leaves the places of every hash in that order.
        var byPreference = Enumerable.Range(0, Count).ToArray();
        Array.Sort(byPreference, (a, b) => Gazetteer.Compare(this, a, b));
        var preference = new int[Count];
        for (var position = 0; position < byPreference.Length; position++)
        {
            preference[byPreference[position]] = position;
        }

        var keys = new List<long>(Count * 8);
        var seen = new HashSet<int>();
        for (var i = 0; i < Count; i++)
        {
            seen.Clear();
            foreach (var name in NamesOfLine(i))
            {
                var hash = RegionNameComparer.Instance.GetHashCode(name);
                if (seen.Add(hash))
                {
                    keys.Add(((long)hash << 32) | (uint)preference[i]);
                }
            }
        }

        var sorted = keys.ToArray();
        Array.Sort(sorted);
        var hashes = new int[sorted.Length];
        var entries = new int[sorted.Length];
        for (var at = 0; at < sorted.Length; at++)
        {
            hashes[at] = (int)(sorted[at] >> 32);
            entries[at] = byPreference[(int)(uint)sorted[at]];
        }

        return (hashes, entries);
    }

    /// <summary>Every name of a place (GeoNames' first name, its other names, its names by language), decoding only those fields of its line.</summary>
    private IEnumerable<string> NamesOfLine(int index)
    {
        Span<Range> fields = stackalloc Range[Fields + 1];
        var line = LineAt(index, fields);
        return NamesIn(Encoding.UTF8.GetString(line[fields[1]]), Encoding.UTF8.GetString(line[fields[10]]), Encoding.UTF8.GetString(line[fields[11]]));
    }

    private static IEnumerable<string> NamesIn(string first, string others, string tagged)
    {
        yield return first;
        foreach (var other in Split(others))
        {
            yield return other;
        }

        foreach (var name in Split(tagged))
        {
            yield return name[(name.IndexOf('=', StringComparison.Ordinal) + 1)..];
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
                // The same spelling folds the same way: only another spelling of the hash needs folding to be confirmed.
                if (hashes[i] == hash && (string.Equals(names[i], name, StringComparison.Ordinal) || RegionNameComparer.Instance.Equals(names[i], name)))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
