using System.Collections.ObjectModel;
using System.Text;
using Diplomacy.Core.Geography;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy.Core.Reference;

/// <summary>
/// The catalog's data file, held as its UTF-8 bytes with an index of codes. A region is built on the first
/// question about it and kept, so that later look-ups allocate nothing; names stay undecoded until then.
/// </summary>
internal sealed class CatalogData
{
    private const string ResourceName = "Diplomacy.Core.Reference.catalog.tsv";

    // A country TZDB gives no zone of its own (Antarctica, Bouvet Island, Heard and McDonald Islands, the US
    // Minor Outlying Islands) still needs one on its Region; its catalog entry keeps saying "unknown".
    private const string NoKnownZone = "Etc/UTC";

    private readonly byte[] _text;
    private readonly string[] _codes;
    private readonly int[] _parents;
    private readonly AdministrativeKind?[] _kinds;
    private readonly string?[] _zones;
    private readonly string[][] _formerCodes;
    private readonly EarlierName[][] _earlierNames;
    private readonly (int Start, int Length)[] _names;
    private readonly int[][] _children;
    private readonly Region?[] _regions;
    private readonly Dictionary<string, int> _byCode;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byCodeSpan;
    private readonly Lazy<NameIndex> _nameIndex;
    private readonly ReadOnlyCollection<int> _countries;

    private CatalogData(byte[] text)
    {
        _text = text;
        var lines = new List<Range>();
        foreach (var line in text.AsSpan().Split((byte)'\n'))
        {
            var (_, length) = line.GetOffsetAndLength(text.Length);
            if (length > 0 && text[line.Start] != (byte)'#')
            {
                lines.Add(line);
            }
        }

        var count = lines.Count;
        _codes = new string[count];
        _parents = new int[count];
        _kinds = new AdministrativeKind?[count];
        _zones = new string?[count];
        _formerCodes = new string[count][];
        _earlierNames = new EarlierName[count][];
        _names = new (int, int)[count];
        _regions = new Region?[count];
        _byCode = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var parentCodes = new string?[count];
        for (var i = 0; i < count; i++)
        {
            var (start, length) = lines[i].GetOffsetAndLength(text.Length);
            var end = start + length;
            var fields = new string[6];
            var position = start;
            for (var f = 0; f < fields.Length; f++)
            {
                var tab = Array.IndexOf(text, (byte)'\t', position, end - position);
                fields[f] = Encoding.UTF8.GetString(text, position, tab - position);
                position = tab + 1;
            }

            _codes[i] = fields[0];
            parentCodes[i] = Field(fields[1]);
            _kinds[i] = Field(fields[2]) is { } kind ? Enum.Parse<AdministrativeKind>(kind) : null;
            _zones[i] = Field(fields[3]);
            _formerCodes[i] = Field(fields[4])?.Split(',') ?? [];
            _earlierNames[i] = Field(fields[5]) is { } earlier ? [.. earlier.Split('|').Select(EarlierName.Parse)] : [];
            _names[i] = (position, end - position);
            _byCode.Add(_codes[i], i);
            foreach (var former in _formerCodes[i])
            {
                _byCode.Add(former, i);
            }
        }

        var children = new List<int>[count];
        var countries = new List<int>();
        for (var i = 0; i < count; i++)
        {
            _parents[i] = parentCodes[i] is { } parent ? _byCode[parent] : -1;
            if (_parents[i] < 0)
            {
                countries.Add(i);
            }
            else
            {
                (children[_parents[i]] ??= []).Add(i);
            }
        }

        _children = [.. children.Select(c => c?.ToArray() ?? [])];
        _countries = countries.AsReadOnly();
        _byCodeSpan = _byCode.GetAlternateLookup<ReadOnlySpan<char>>();
        _nameIndex = new Lazy<NameIndex>(() => new NameIndex(this));
    }

    public static Lazy<CatalogData> Instance { get; } = new(Load);

    public int Count => _codes.Length;

    public IReadOnlyList<int> Countries => _countries;

    public string CodeAt(int index) => _codes[index];

    public string? ZoneAt(int index) => _zones[index];

    public AdministrativeKind? KindAt(int index) => _kinds[index];

    public IReadOnlyList<int> ChildrenAt(int index) => _children[index];

    public int IndexOf(ReadOnlySpan<char> code) => _byCodeSpan.TryGetValue(code.Trim(), out var index) ? index : -1;

    public IReadOnlyList<Region> FindByName(string name) => _nameIndex.Value.Find(name);

    /// <summary>The names of the entry as (tag, name) pairs, the primary first.</summary>
    public IEnumerable<(string Tag, string Name)> NamesAt(int index)
    {
        var (start, length) = _names[index];
        foreach (var pair in Encoding.UTF8.GetString(_text, start, length).Split('\t'))
        {
            var cut = pair.IndexOf('=', StringComparison.Ordinal);
            yield return (pair[..cut], pair[(cut + 1)..]);
        }
    }

    /// <summary>The names the entry no longer bears: former names with the day they ended, and sources' variants.</summary>
    public IReadOnlyList<EarlierName> EarlierNamesAt(int index) => _earlierNames[index];

    /// <summary>Every name a look-up by name finds the entry by: its names, then its earlier names.</summary>
    public IEnumerable<string> LookupNamesAt(int index) =>
        NamesAt(index).Select(n => n.Name).Concat(_earlierNames[index].Select(e => e.Name));

    public Region RegionAt(int index)
    {
        if (Volatile.Read(ref _regions[index]) is { } built)
        {
            return built;
        }

        // Two threads may build the same region; the first one stored wins, so every caller gets one instance.
        var region = Build(index);
        return Interlocked.CompareExchange(ref _regions[index], region, null) ?? region;
    }

    private static string? Field(string value) => value == "-" ? null : value;

    /// <summary>Reads the embedded data afresh; <see cref="Instance"/> does it once for everyone.</summary>
    internal static CatalogData Load()
    {
        using var stream = typeof(CatalogData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The catalog's data ({ResourceName}) is missing from {typeof(CatalogData).Assembly.GetName().Name}.");
        var text = new byte[stream.Length];
        stream.ReadExactly(text);
        return new CatalogData(text);
    }

    private Region Build(int index)
    {
        RegionNames? names = null;
        foreach (var (tag, name) in NamesAt(index))
        {
            names = names is null ? RegionNames.Of(tag, name) : names.And(tag, name);
        }

        var code = _codes[index];
        if (_parents[index] < 0)
        {
            return Region.CreateCountry(CountryCode.Parse(code), names!, _zones[index] ?? NoKnownZone);
        }

        return Region.CreateSubdivision(
            SubdivisionCode.Parse(code),
            _kinds[index] ?? AdministrativeKind.Other,
            names!,
            RegionAt(_parents[index]),
            _zones[index],
            formerCodes: _formerCodes[index].Select(SubdivisionCode.Parse));
    }
}

/// <summary>A name an entry no longer bears: a former name with the day it ended, or a variant (no day) that still finds it.</summary>
internal sealed record EarlierName(string Tag, string Name, LocalDate? EndedOn)
{
    /// <summary>Reads <c>tag=name@yyyy-MM-dd</c> (a former name) or <c>tag=name</c> (a variant).</summary>
    public static EarlierName Parse(string text)
    {
        var cut = text.IndexOf('=', StringComparison.Ordinal);
        var at = text.IndexOf('@', cut);
        return at < 0
            ? new EarlierName(text[..cut], text[(cut + 1)..], null)
            : new EarlierName(text[..cut], text[(cut + 1)..at], LocalDatePattern.Iso.Parse(text[(at + 1)..]).GetValueOrThrow());
    }
}
