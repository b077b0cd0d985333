using System.Globalization;
using System.Text;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Places;
using Diplomacy.Core.Reference;

namespace Diplomacy.Core.Benchmarks.Sheets;

/// <summary>
/// A register sheet of city pairs with the shape of real lists (<see cref="ListShape"/>), the same text for the same
/// size, shape and seed: <c>home,home country,partner,partner country,kind,date</c>. Each side is a subdivision the
/// catalog names, a place of the gazetteer or a place new to both, in the scripts' shares, with its country written
/// as a code, a word in one of several languages or a list's form; a pool of places sized by the shape's places a tie
/// is drawn from with heavy-tailed degrees (a few places tied to many); rows repeat earlier pairs reversed, tie a place
/// to itself, and leave cells blank or write them oddly in the shape's shares. Names come from the gazetteer's and the
/// catalog's own data at run time.
/// </summary>
internal sealed class CityPairList
{
    public const int Seed = 20261205;

    private static readonly string[] Kinds =
        ["sister city", "twinning", "twin town", "friendship", "friendship city", "MOU", "자매결연", "우호교류", "友好城市", "姉妹都市"];

    private static readonly string[] OtherLanguages = ["de", "fr", "es"];

    private static readonly Lazy<Names> Sources = new(Names.Read);

    private readonly ListShape _shape;
    private readonly Random _random;
    private readonly List<(string Name, string Country, string Language)> _pool = [];
    private readonly int _poolSize;

    private CityPairList(int rows, ListShape shape, int seed)
    {
        _shape = shape;
        _random = new Random(seed);
        _poolSize = Math.Max(2, (int)Math.Round(shape.PlacesPerTie * rows * (1 - shape.ReversedShare)));
    }

    /// <summary>The sheet's text: a header and <paramref name="rows"/> rows.</summary>
    public static string Generate(int rows, ListShape shape, int seed = Seed) => new CityPairList(rows, shape, seed).Write(rows);

    private string Write(int rows)
    {
        var text = new StringBuilder("home,home country,partner,partner country,kind,date\n");
        var unreversed = new List<(int Home, int Partner)>();
        for (var row = 0; row < rows; row++)
        {
            int home, partner;
            if (unreversed.Count > 0 && _random.NextDouble() < _shape.ReversedShare)
            {
                var at = _random.Next(unreversed.Count);
                (partner, home) = unreversed[at];
                unreversed[at] = unreversed[^1];
                unreversed.RemoveAt(unreversed.Count - 1);
            }
            else if (_random.NextDouble() < _shape.SelfTieShare)
            {
                home = partner = Pick();
            }
            else
            {
                home = Pick();
                do
                {
                    partner = Pick();
                }
                while (partner == home);
                unreversed.Add((home, partner));
            }

            Side(text, home).Append(',');
            Side(text, partner).Append(',');
            Cell(text, _random.NextDouble() < _shape.Optional.Kind ? Kinds[_random.Next(Kinds.Length)] : string.Empty).Append(',');
            Cell(text, _random.NextDouble() < _shape.Optional.Date ? Date() : string.Empty).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A place of the pool, drawn so that low indexes come far more often: a few places hold many ties, as in the crawl.</summary>
    private int Pick()
    {
        var at = (int)(_poolSize * Math.Pow(_random.NextDouble(), 1.5));
        while (_pool.Count <= at)
        {
            _pool.Add(NewPoolPlace());
        }

        return at;
    }

    private (string Name, string Country, string Language) NewPoolPlace()
    {
        var language = Choose(_shape.Scripts);
        var sources = Sources.Value;
        var kind = _random.NextDouble();
        if (kind < _shape.CatalogShare)
        {
            // CLDR names few subdivisions in some languages (Russian, Arabic): a list in them writes the others in Latin.
            var named = sources.Subdivisions[language];
            var (name, country) = Any(named.Count > 0 ? named : sources.Subdivisions["en"]);
            return (name, country, language);
        }

        if (kind < _shape.CatalogShare + _shape.GazetteerShare)
        {
            var (name, country) = sources.GazetteerPlace(language, _random);
            return (name, country, language);
        }

        return (sources.NewName(language, _random), sources.AnyCountry(_random), language);
    }

    private StringBuilder Side(StringBuilder text, int at)
    {
        var (name, country, language) = _pool[at];
        var blank = _random.NextDouble();
        var nameCell = blank < _shape.BlankCellShare ? string.Empty
            : _random.NextDouble() < _shape.OddCellShare ? $"  {name.ToUpperInvariant()} "
            : name;
        var countryCell = blank >= _shape.BlankCellShare && blank < 2 * _shape.BlankCellShare ? string.Empty : CountryText(country, language);
        return Cell(Cell(text, nameCell).Append(','), countryCell);
    }

    private string CountryText(string code, string language)
    {
        var region = Catalog.Region(code);
        if (language != "en")
        {
            return region.Names.In(language);
        }

        var (byCode, english, other) = _shape.CountryForms;
        var form = _random.NextDouble();
        return form < byCode ? code
            : form < byCode + english ? region.Names.In("en")
            : form < byCode + english + other ? region.Names.In(OtherLanguages[_random.Next(OtherLanguages.Length)])
            : Sources.Value.Aliases.TryGetValue(code, out var aliases) ? aliases[_random.Next(aliases.Length)] : region.Names.In("en");
    }

    private string Date()
    {
        var (year, month, day) = (_random.Next(1950, 2026), _random.Next(1, 13), _random.Next(1, 29));
        return _random.Next(8) switch
        {
            0 => string.Create(CultureInfo.InvariantCulture, $"{year}-{month:D2}-{day:D2}"),
            1 => string.Create(CultureInfo.InvariantCulture, $"{year}-{month:D2}"),
            2 => year.ToString(CultureInfo.InvariantCulture),
            3 => string.Create(CultureInfo.InvariantCulture, $"{year}. {month}. {day}."),
            4 => string.Create(CultureInfo.InvariantCulture, $"{year}年{month}月{day}日"),
            5 => string.Create(CultureInfo.InvariantCulture, $"{year}년 {month}월 {day}일"),
            6 => string.Create(CultureInfo.InvariantCulture, $"{day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{year / 10 * 10}s"),
        };
    }

    private string Choose(IReadOnlyList<(string Language, double Share)> shares)
    {
        var draw = _random.NextDouble();
        foreach (var (language, share) in shares)
        {
            draw -= share;
            if (draw < 0)
            {
                return language;
            }
        }

        return shares[^1].Language;
    }

    private (string Name, string Country) Any(List<(string Name, string Country)> items) => items[_random.Next(items.Count)];

    private static StringBuilder Cell(StringBuilder text, string cell) =>
        text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');

    /// <summary>The names lists are drawn from, read once from the gazetteer's and the catalog's data.</summary>
    private sealed class Names
    {
        private static readonly string[] Latin = ["ka", "lo", "mer", "vin", "dor", "sa", "tel", "ru", "bre", "no", "quil", "zan", "fe", "gor", "ith"];
        private static readonly string[] Cyrillic = ["ка", "ло", "мер", "вин", "дор", "са", "тел", "ру", "бре", "но", "зан", "горск"];
        private static readonly string[] Han = ["安", "平", "江", "山", "宁", "东", "西", "新", "河", "阳", "林", "泉", "兴", "丰"];
        private static readonly string[] Kana = ["カ", "ロ", "メ", "ヴィ", "ド", "サ", "テ", "ル", "ブ", "ノ", "ザ", "ゴ", "ミ", "ハ"];
        private static readonly string[] Arabic = ["ك", "ل", "م", "ن", "د", "س", "ت", "ر", "ب", "ز", "غ", "ه"];

        private readonly Dictionary<string, List<(string Name, string Country)>> _byLanguage;
        private readonly int _count;

        private Names(
            Dictionary<string, List<(string Name, string Country)>> catalog,
            Dictionary<string, List<(string Name, string Country)>> byLanguage,
            int count,
            Dictionary<string, string[]> aliases)
        {
            Subdivisions = catalog;
            _byLanguage = byLanguage;
            _count = count;
            Aliases = aliases;
        }

        /// <summary>Subdivisions of the catalog by language of their names, with their country's code.</summary>
        public Dictionary<string, List<(string Name, string Country)>> Subdivisions { get; }

        /// <summary>The forms lists write a country in that CLDR does not hold, by the country's code.</summary>
        public Dictionary<string, string[]> Aliases { get; }

        public static Names Read()
        {
            var languages = new[] { "en", "ko", "zh-Hans", "ja", "ru", "ar" };
            var catalogData = CatalogData.Instance.Value;
            var catalog = languages.ToDictionary(language => language, _ => new List<(string, string)>());
            for (var i = 0; i < catalogData.Count; i++)
            {
                var region = catalogData.RegionAt(i);
                if (region.IsCountry || region.Country?.CountryCode is not { } country)
                {
                    continue;
                }

                foreach (var language in languages)
                {
                    // Every subdivision has a name for a Latin list: its English one, else its primary one.
                    if ((language == "en" ? region.Names.In(LanguageTag.Parse(language)) : region.Names.Exactly(LanguageTag.Parse(language))) is { } name)
                    {
                        catalog[language].Add((name.Text, country.Value));
                    }
                }
            }

            // Only the larger places carry names by language (libgeonames); the smaller ones are written in Latin.
            var places = PlaceData.Instance.Value;
            var byLanguage = languages.Skip(1).ToDictionary(language => language, _ => new List<(string, string)>());
            for (var i = 0; i < places.Count; i++)
            {
                if (places.PopulationAt(i) < 15_000)
                {
                    continue;
                }

                var place = places.PlaceAt(i);
                foreach (var (language, list) in byLanguage)
                {
                    if (place.Names.Exactly(LanguageTag.Parse(language)) is { } name)
                    {
                        list.Add((name.Text, place.CountryCode));
                    }
                }
            }

            using var stream = typeof(Catalog).Assembly.GetManifestResourceStream("Diplomacy.Core.Reference.country-aliases.tsv")!;
            using var reader = new StreamReader(stream);
            var aliases = NameTable.Read(reader)
                .GroupBy(row => row.Value[0], row => row.Key, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
            return new Names(catalog, byLanguage, places.Count, aliases);
        }

        /// <summary>A place of the gazetteer named in a language: in Latin any place (its English name where it has one), else a place named in it.</summary>
        public (string Name, string Country) GazetteerPlace(string language, Random random)
        {
            if (_byLanguage.TryGetValue(language, out var named))
            {
                return named[random.Next(named.Count)];
            }

            var place = PlaceData.Instance.Value.PlaceAt(random.Next(_count));
            return (place.Names.Exactly(LanguageTag.Parse("en"))?.Text ?? place.Name, place.CountryCode);
        }

        /// <summary>A country drawn as the gazetteer's places are spread over countries.</summary>
        public string AnyCountry(Random random) => PlaceData.Instance.Value.PlaceAt(random.Next(_count)).CountryCode;

        /// <summary>A name in a script that neither the gazetteer nor the catalog bears.</summary>
        public string NewName(string language, Random random)
        {
            var (syllables, count) = language switch
            {
                "ko" => ((string[]?)null, 2),
                "zh-Hans" => (Han, 2),
                "ja" => (Kana, 3),
                "ru" => (Cyrillic, 3),
                "ar" => (Arabic, 4),
                _ => (Latin, 3),
            };
            while (true)
            {
                var name = new StringBuilder();
                for (var i = 0; i < count; i++)
                {
                    name.Append(syllables is null ? ((char)random.Next(0xAC00, 0xD7A4)).ToString() : syllables[random.Next(syllables.Length)]);
                }

                var text = language == "en" ? string.Concat(name.ToString()[..1].ToUpperInvariant(), name.ToString()[1..]) : name.ToString();
                if (Gazetteer.FindByName(text).Count == 0 && Catalog.FindByName(text).Count == 0)
                {
                    return text;
                }

                count++;
            }
        }
    }
}
