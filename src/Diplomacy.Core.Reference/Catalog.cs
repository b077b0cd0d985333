using Ardalis.GuardClauses;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Reference;

/// <summary>
/// Every ISO 3166-1 country and every ISO 3166-2 subdivision that Unicode CLDR knows, as ready-made
/// <see cref="Region"/>s: code, former codes, parent, names in every language the sources hold, time zone and,
/// where known, the administrative kind.
/// </summary>
/// <remarks>
/// <para>
/// The data is embedded in the package and read on the first question, once, whichever thread asks first; a
/// region is built on the first question about it and the same instance is returned afterwards, so a look-up
/// by code or former code allocates nothing after that.
/// </para>
/// <para>
/// Rules: a region's primary name is in the most-spoken official language of its country that the sources
/// name it in, otherwise English. A country with several TZDB zones takes the zone of its capital. A
/// subdivision takes the zone the repository's table gives its division, or its country's when that country
/// has a single zone; when no source knows it, <see cref="TimeZoneIdOf"/> says <see langword="null"/> and the
/// region carries its parent's zone, as the core gives any subdivision that names none. A subdivision whose
/// kind is not known is <see cref="AdministrativeKind.Other"/>.
/// </para>
/// </remarks>
public static class Catalog
{
    /// <summary>The region with a country code, a subdivision code or a former subdivision code.</summary>
    /// <param name="code">An ISO 3166-1 alpha-2 code (<c>KR</c>) or an ISO 3166-2 code, current or former
    /// (<c>KR-41</c>, <c>CN-31</c>), in either case.</param>
    /// <returns>The region; for a former code, the region that holds it now (CN-31 gives CN-SH).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The catalog holds no region with that code.</exception>
    /// <example>
    /// <code>
    /// var gyeonggi = Catalog.Region("KR-41");
    /// Console.WriteLine(gyeonggi.Names.In("ko"));   // 경기도
    /// Console.WriteLine(Catalog.Region("CN-31"));   // 上海市 (CN-SH)
    /// </code>
    /// </example>
    public static Region Region(string code)
    {
        Guard.Against.Null(code);
        return Find(code)
            ?? throw new ArgumentException($"The catalog holds no country or subdivision with the code '{code}' (like KR, KR-41 or CN-31).", nameof(code));
    }

    /// <summary>The region with a code, current or former, or <see langword="null"/> when the catalog has none.</summary>
    /// <param name="code">A country or subdivision code, in either case; spaces around it are ignored.</param>
    /// <returns>The region, or <see langword="null"/>.</returns>
    public static Region? Find(ReadOnlySpan<char> code)
    {
        var data = CatalogData.Instance.Value;
        var index = data.IndexOf(code);
        return index < 0 ? null : data.RegionAt(index);
    }

    /// <summary>The region with a country code.</summary>
    /// <param name="code">The country's code.</param>
    /// <returns>The region, or <see langword="null"/> when the catalog has none (or the code is <c>default</c>).</returns>
    public static Region? Find(CountryCode code) => Find(code.Value);

    /// <summary>The region with a subdivision code, current or former.</summary>
    /// <param name="code">The subdivision's code.</param>
    /// <returns>The region, or <see langword="null"/> when the catalog has none (or the code is <c>default</c>).</returns>
    public static Region? Find(SubdivisionCode code) => Find(code.Value);

    /// <summary>
    /// The regions with a name in any language, matched as <see cref="RegionDirectory.FindByName"/> matches:
    /// ignoring case and full-width/half-width forms. A region is found by the names it bore before too (its
    /// <see cref="FormerNamesOf">former names</see>: 강원도 finds KR-42, 강원특별자치도 since 2023-06-11) and by the
    /// forms the sources wrote that the catalog corrected (상하이 시 finds CN-SH, 상하이시), so that an old list still
    /// finds it; a directory filled from the catalog holds only the current names.
    /// </summary>
    /// <param name="name">The name, for example <c>경기도</c>, <c>上海市</c> or <c>ｔｏｋｙｏ</c>.</param>
    /// <returns>The regions, in the order of their codes; empty when none has that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// var found = Catalog.FindByName("경기도");   // [Gyeonggi (KR-41)]
    /// </code>
    /// </example>
    public static IReadOnlyList<Region> FindByName(string name)
    {
        Guard.Against.Null(name);
        return CatalogData.Instance.Value.FindByName(name);
    }

    /// <summary>
    /// The country a list names, by its code or by any of the names people and lists write: a name in any language
    /// CLDR holds (<c>Ireland</c>, <c>대한민국</c>, <c>Chine</c>), a form lists use (<c>Republic of Ireland</c>,
    /// <c>Korea, Republic of</c>, <c>People's Republic of China</c>, <c>USA</c>, <c>UK</c>), or a place followed by
    /// its country (<c>England, United Kingdom</c>).
    /// </summary>
    /// <remarks>
    /// <para>The rules, in order; the first that finds a country answers:</para>
    /// <list type="number">
    /// <item>An ISO 3166-1 alpha-2 code of a country, in either case (<c>kr</c>).</item>
    /// <item>An alias of the package's table (<c>Data/country-aliases.tsv</c>): official long forms, ISO's inverted
    /// forms, abbreviations, and the nations of the United Kingdom, which lists give as the country.</item>
    /// <item>A country's name in any language, matched as <see cref="RegionDirectory.FindByName"/> matches names.
    /// When several countries bear the name (<c>Kongo</c> is both Congos' in several languages), none: the name is
    /// ambiguous, and a guess would file a tie under the wrong country. No country's English name is another
    /// country's name in CLDR, so an English name always answers.</item>
    /// <item>For text with commas, the part after the last comma, by the same rules (<c>Seoul, Korea</c>).</item>
    /// </list>
    /// <para>Subdivisions are never answered: <c>Gyeonggi</c> gives <see langword="null"/>, not Korea.</para>
    /// </remarks>
    /// <param name="nameOrCode">The code or name, as written; spaces around it are ignored.</param>
    /// <returns>The country, or <see langword="null"/> when none (or more than one) answers to the text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrCode"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// Catalog.FindCountry("Republic of Ireland");      // IE
    /// Catalog.FindCountry("England, United Kingdom");  // GB
    /// Catalog.FindCountry("Korea, Republic of");       // KR
    /// Catalog.FindCountry("Atlantis");                 // null
    /// </code>
    /// </example>
    public static Region? FindCountry(string nameOrCode)
    {
        Guard.Against.Null(nameOrCode);
        var text = nameOrCode.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Length == 2 && Find(text) is { IsCountry: true } byCode)
        {
            return byCode;
        }

        if (NameTable.CountryAliases.Find(text) is [var aliased])
        {
            return Region(aliased);
        }

        var named = FindByName(text).Where(region => region.IsCountry).ToList();
        if (named.Count == 1)
        {
            return named[0];
        }

        var comma = text.LastIndexOf(',');
        return named.Count == 0 && comma >= 0 ? FindCountry(text[(comma + 1)..]) : null;
    }

    /// <summary>
    /// The country a list names that neither ISO 3166-1 nor CLDR holds, so that the catalog has no region for it
    /// (<c>Northern Cyprus</c>, <c>TRNC</c>, <c>북키프로스</c>), with the catalog's country ISO counts its land in;
    /// an import refuses such a country saying so. Read from the package's table (<c>Data/unlisted-countries.tsv</c>).
    /// </summary>
    /// <param name="name">The name as written, or a place and that name after a comma (<c>Kyrenia, Northern Cyprus</c>);
    /// matched as region names are.</param>
    /// <returns>The territory and the country it is listed under, or <see langword="null"/> when the name is none the
    /// table holds (a country the catalog holds is never one: <c>Cyprus</c> gives <see langword="null"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// Catalog.FindUnlistedCountry("TRNC");   // Northern Cyprus, listed under Cyprus (CY)
    /// </code>
    /// </example>
    public static UnlistedCountry? FindUnlistedCountry(string name)
    {
        Guard.Against.Null(name);
        if (NameTable.UnlistedCountries.Find(name) is [var territory, var country])
        {
            return new UnlistedCountry(territory, Region(country));
        }

        var comma = name.LastIndexOf(',');
        return comma >= 0 ? FindUnlistedCountry(name[(comma + 1)..]) : null;
    }

    /// <summary>
    /// The names a region bore before it was renamed, each with its language and the day the new name took effect
    /// (KR-42: 강원도 in Korean, ended 2023-06-11). From the repository's reviewed table of names as governments
    /// write them; CLDR keeps no history of names.
    /// </summary>
    /// <param name="code">A country or subdivision code, current or former.</param>
    /// <returns>The former names, oldest end first; empty when the region has none or the code is not in the catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<FormerName> FormerNamesOf(string code)
    {
        Guard.Against.Null(code);
        var data = CatalogData.Instance.Value;
        var index = data.IndexOf(code);
        return index < 0
            ? []
            : [.. data.EarlierNamesAt(index)
                .Where(e => e.EndedOn is not null)
                .Select(e => new FormerName(new LocalizedName(LanguageTag.Parse(e.Tag), e.Name), e.EndedOn!.Value))
                .OrderBy(f => f.EndedOn)];
    }

    /// <summary>
    /// The name a region bore in a language on a day: a former name in use then, else its name now. A tie signed with
    /// 전라북도 in 2010 reads as signed with it then, and one signed in 2025 with 전북특별자치도.
    /// </summary>
    /// <remarks>The language is the one <see cref="RegionNames.In(LanguageTag)"/> answers in today (<c>zh-Hans-CN</c>
    /// → <c>zh-Hans</c> → <c>zh</c> → the primary name's language); of the region's former names in that language,
    /// the first to end after the day answers, else the current name.</remarks>
    /// <param name="code">A country or subdivision code, current or former.</param>
    /// <param name="languageTag">The language's BCP 47 tag, for example <c>ko</c>.</param>
    /// <param name="day">The day, for example the day a tie was signed.</param>
    /// <returns>The name's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="languageTag"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The catalog holds no region with that code, or the tag is malformed.</exception>
    /// <example>
    /// <code>
    /// Catalog.NameOn("KR-45", "ko", new LocalDate(2010, 5, 1));   // 전라북도
    /// Catalog.NameOn("KR-45", "ko", new LocalDate(2025, 5, 1));   // 전북특별자치도
    /// </code>
    /// </example>
    public static string NameOn(string code, string languageTag, LocalDate day)
    {
        var now = Region(code).Names.In(LanguageTag.Parse(languageTag));
        return FormerNamesOf(code).FirstOrDefault(f => f.Name.Language == now.Language && f.WasInUseOn(day))?.Name.Text ?? now.Text;
    }

    /// <summary>Every country, in the order of their codes.</summary>
    /// <returns>The 249 ISO 3166-1 countries and Kosovo (<c>XK</c>, the user-assigned code CLDR and the EU use).</returns>
    public static IReadOnlyList<Region> Countries()
    {
        var data = CatalogData.Instance.Value;
        return [.. data.Countries.Select(data.RegionAt)];
    }

    /// <summary>The regions directly inside a region: a country's first-level divisions, a province's districts.</summary>
    /// <param name="parent">A region of the catalog (or one with the same code).</param>
    /// <returns>The children in the order of their codes; empty when the region has none or is not in the catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parent"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<Region> ChildrenOf(Region parent)
    {
        Guard.Against.Null(parent);
        var data = CatalogData.Instance.Value;
        var index = data.IndexOf(parent.Id.Value);
        return index < 0 ? [] : [.. data.ChildrenAt(index).Select(data.RegionAt)];
    }

    /// <summary>The time zone the sources give a region, or <see langword="null"/> when none does.</summary>
    /// <param name="code">A country or subdivision code, current or former.</param>
    /// <returns>The IANA zone id, or <see langword="null"/> when the zone is not known (or the code is not in the catalog).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    public static string? TimeZoneIdOf(string code)
    {
        Guard.Against.Null(code);
        var data = CatalogData.Instance.Value;
        var index = data.IndexOf(code);
        return index < 0 ? null : data.ZoneAt(index);
    }

    /// <summary>
    /// The cohort of a region's children: with a country's code, its first-level divisions (Korea's 17, China's
    /// 34, Japan's 47); with a division's code, the divisions inside it.
    /// </summary>
    /// <param name="code">The parent's code, current or former.</param>
    /// <param name="name">The cohort's name; by default "Divisions of" and the parent's English name.</param>
    /// <returns>A cohort whose members are keyed by their current and former codes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The catalog holds no region with that code, or it has no divisions.</exception>
    /// <example>
    /// <code>
    /// var provinces = Catalog.DivisionsOf("CN");          // China's 34 province-level divisions
    /// var coverage = register.Coverage(gyeonggi, provinces, new LocalDate(2025, 9, 26));
    /// </code>
    /// </example>
    public static Cohort DivisionsOf(string code, string? name = null)
    {
        var parent = Region(code);
        var children = ChildrenOf(parent);
        if (children.Count == 0)
        {
            throw new ArgumentException($"The catalog holds no divisions of {parent}.", nameof(code));
        }

        return Cohort.Of(name ?? $"Divisions of {parent.Names.In("en")}", children);
    }

    /// <summary>
    /// Adds a region to a directory (a register's <c>Directory</c>), with whichever of its ancestors the directory lacks, and with every region
    /// inside it when asked; regions the directory already holds (by id) are left as they are.
    /// </summary>
    /// <param name="directory">The directory to fill.</param>
    /// <param name="code">The region's code, current or former.</param>
    /// <param name="withDescendants">Whether to add every region inside it too (a country's divisions and theirs).</param>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> or <paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The catalog holds no region with that code.</exception>
    /// <exception cref="DomainRuleException">A key of a catalog region already belongs to another region of the
    /// directory (<see cref="DomainRule.RegionKeyMustBeUnique"/>); nothing was added.</exception>
    /// <example>
    /// <code>
    /// var register = Register.Open();
    /// Catalog.AddTo(register.Directory, "KR", withDescendants: true);   // Korea and its 17 divisions
    /// </code>
    /// </example>
    public static void AddTo(RegionDirectory directory, string code, bool withDescendants = false)
    {
        Guard.Against.Null(directory);
        var region = Region(code);
        // The directory orders a batch parents first, so ancestors and descendants may come in any order.
        var regions = new List<Region>(region.Ancestors) { region };
        if (withDescendants)
        {
            var data = CatalogData.Instance.Value;
            var pending = new Queue<int>(data.ChildrenAt(data.IndexOf(region.Id.Value)));
            while (pending.TryDequeue(out var next))
            {
                regions.Add(data.RegionAt(next));
                foreach (var child in data.ChildrenAt(next))
                {
                    pending.Enqueue(child);
                }
            }
        }

        directory.AddRange(regions.Where(r => !directory.TryGet(r.Id, out _)));
    }

    /// <summary>Adds every country and subdivision of the catalog that a directory lacks (by id).</summary>
    /// <param name="directory">The directory to fill.</param>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="DomainRuleException">A key of a catalog region already belongs to another region of the
    /// directory (<see cref="DomainRule.RegionKeyMustBeUnique"/>); nothing was added.</exception>
    public static void AddAllTo(RegionDirectory directory)
    {
        Guard.Against.Null(directory);
        var data = CatalogData.Instance.Value;
        directory.AddRange(Enumerable.Range(0, data.Count).Select(data.RegionAt).Where(r => !directory.TryGet(r.Id, out _)).ToList());
    }
}
