using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Reference;
using NodaTime;

// Places come ready from the reference catalog (Unicode CLDR): codes, former codes, names in every language, a zone.
var korea = Catalog.Region("KR");
var china = Catalog.Region("CN");
var gyeonggi = Catalog.Region("KR-41");                             // 경기도
var shanghai = Catalog.Region("CN-SH");                             // 上海市, CN-31 before 2017

var directory = new RegionDirectory();
directory.AddRange([korea, china, gyeonggi, shanghai]);
Console.WriteLine(directory.Find(SubdivisionCode.Parse("CN-31")));   // 上海市 (CN-SH): the code it had before 2017
Console.WriteLine(directory.FindByName("ＳＨＡＮＧＨＡＩ").Count);          // 1: case and full-width forms do not matter
Console.WriteLine(shanghai.Names.In("zh-Hans-CN"));                 // 上海市 (zh-Hans-CN → zh-Hans → zh → primary)
Console.WriteLine($"{shanghai.IsMunicipality} {shanghai.IsFirstLevelDivision}"); // True True: a city at province level

// An agreement and its status on any date, derived from its dated history.
var mou = Agreement.Sign(
    new AgreementId("GG-SH-2025"), AgreementKind.CooperationMemorandum, [gyeonggi, shanghai],
    new LocalDate(2025, 9, 25),
    new SigningDetails
    {
        Place = shanghai,
        Ceremony = new LocalDateTime(2025, 9, 25, 15, 0).InZoneStrictly(shanghai.TimeZone),
        Term = AgreementTerm.OfYears(3),
    },
    title: "Gyeonggi Province–Shanghai Friendly Cooperation MOU",
    fields: [CooperationField.Culture, CooperationField.Tourism, CooperationField.Science, CooperationField.Technology]);

Console.WriteLine(mou.StatusOn(new LocalDate(2025, 9, 24)));        // None: not signed yet
Console.WriteLine(mou.StatusOn(new LocalDate(2025, 9, 25)));        // InForce: an act takes effect on its day
Console.WriteLine($"{mou.TermEndsOn(new LocalDate(2026, 1, 1)):uuuu-MM-dd}"); // 2028-09-24: the term's last day, inclusive
Console.WriteLine(mou.StatusOn(new LocalDate(2028, 9, 25)));        // Expired

mou.Suspend(new LocalDate(2026, 3, 1), SuspensionReason.Pandemic);
mou.Resume(new LocalDate(2026, 6, 1));
Console.WriteLine(mou.StatusOn(new LocalDate(2026, 4, 1)));         // Suspended

// A date known only in part is carried, never guessed.
var tianjin = Catalog.Region("CN-TJ");
var earlier = Agreement.Sign(new AgreementId("GG-TJ"), AgreementKind.CooperationMemorandum, [gyeonggi, tianjin],
    PartialDate.OnOrBefore(new LocalDate(2025, 9, 22)));
Console.WriteLine(earlier.StatusOn(new LocalDate(2025, 1, 1)));     // Uncertain
Console.WriteLine(earlier.StatusOn(new LocalDate(2025, 9, 26)));    // InForce

// A register indexes ties by region, so coverage touches only the home region's ties.
var register = Register.Open();
register.AddRegions([korea, china, gyeonggi, shanghai, tianjin]);
register.Add(mou);
register.Add(earlier);
var coverage = register.Coverage(gyeonggi, BuiltInCohorts.ChinaDirectAdministeredMunicipalities, new LocalDate(2025, 9, 26));
Console.WriteLine(coverage);                                        // 2 of 4: Beijing and Chongqing are not in this register
Console.WriteLine(coverage.ToText(LanguageTag.Parse("ko")));        // 4곳 중 2곳
Console.WriteLine(string.Join(", ", coverage.Missing.Select(m => m.Member)));   // CN-BJ, CN-CQ
