using System.Globalization;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.CalendarFeed;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Sample;
using NodaTime;

// The seed story: in September 2025 Gyeonggi Province (Korea) visited China, signed MOUs with Chongqing
// and Shanghai, and so came to hold MOUs with three of China's four direct-administered municipalities.
var places = new Places();
var directory = new RegionDirectory();
directory.AddRange(places.All);

Console.WriteLine("== The places ==");
foreach (var region in directory.Regions)
{
    var level = region.IsCountry ? "country" : region.IsFirstLevelDivision ? "first-level division" : "place";
    var city = region.IsMunicipality ? ", municipality" : string.Empty;
    Console.WriteLine(
        $"{region.Id,-6} {region.Names.In("en"),-18} ko: {region.Names.In("ko"),-6} zh-Hans: {region.Names.In("zh-Hans"),-8} " +
        $"zone: {region.TimeZone.Id} ({level}{city})");
}

Console.WriteLine($"CN-31 (Shanghai's code before 2017) finds {directory.Find(SubdivisionCode.Parse("CN-31"))}");

var ties = new Ties(places);
var days = new[] { new LocalDate(2025, 9, 22), new LocalDate(2025, 9, 24), new LocalDate(2025, 9, 26) };
Console.WriteLine();
Console.WriteLine("== The ties, on 22, 24 and 26 September 2025 ==");
foreach (var tie in ties.All)
{
    var statuses = string.Join("  ", days.Select(day => $"{day:MM-dd}: {tie.StatusOn(day),-13}"));
    Console.WriteLine($"{tie.Title,-54} signed {tie.SignedOn,-13} {statuses}");
}

Console.WriteLine($"Chongqing's MOU covers {string.Join(", ", ties.Chongqing.Fields)}.");
Console.WriteLine($"Contact persons for Chongqing: {string.Join("; ", ties.Chongqing.ContactPersons.Select(c => $"{c.Title} for {c.Party.Names.In("en")}"))}");

var trip = Trip.Of(places, ties);
Console.WriteLine();
Console.WriteLine($"== The visit: {trip.Purpose} ==");
Console.WriteLine($"Led by {trip.Head.Name} ({trip.Head.Title}), with {string.Join(", ", trip.Members.Skip(1).Select(m => m.Name))}");
Console.WriteLine($"and {trip.Organizations.Count} companies in {trip.Organizations.Select(o => o.Field).Distinct().Count()} fields: " +
    string.Join(", ", trip.Organizations.Select(o => o.Name)));
foreach (var stop in trip.Stops)
{
    Console.WriteLine($"- {stop.Place.Names.In("en")}, {stop.Days.Start:MM-dd} to {stop.Days.End:MM-dd} ({stop.Place.TimeZone.Id})");
    foreach (var engagement in stop.Engagements)
    {
        Console.WriteLine($"    {engagement.At:MM-dd HH:mm} {Describe(engagement)}");
    }
}

foreach (var day in new[] { new LocalDate(2025, 11, 30), new LocalDate(2025, 12, 1) })
{
    var open = trip.Commitments.Count(c => c.StatusOn(day) == CommitmentStatus.Open);
    var overdue = trip.CommitmentsOverdueOn(day);
    Console.WriteLine($"On {day:uuuu-MM-dd}: {open} commitments open, {overdue.Count} overdue" +
        (overdue.Count > 0 ? $" ({string.Join("; ", overdue.Select(c => c.What))})" : string.Empty));
}

// The headline: with Shanghai, Gyeonggi holds MOUs with 3 of China's 4 direct-administered municipalities.
var register = Register.Open();
register.AddRegions(places.All);
foreach (var tie in ties.All)
{
    register.Add(tie);
}

register.Record(trip);
var municipalities = BuiltInCohorts.ChinaDirectAdministeredMunicipalities;
Console.WriteLine();
Console.WriteLine($"== Gyeonggi's coverage of {municipalities.Name} ==");
foreach (var day in days)
{
    var coverage = register.Coverage(places.Gyeonggi, municipalities, day);
    Console.WriteLine($"{day:uuuu-MM-dd}: {coverage} ({coverage.ToText(LanguageTag.Parse("ko"))})");
    foreach (var member in coverage.Members)
    {
        var name = member.Region?.Names.In("en") ?? member.Member.Key.Value;
        var by = member.Agreements.IsEmpty ? string.Empty : $" by {string.Join(", ", member.Agreements.Select(a => a.Title))}";
        Console.WriteLine($"    {name,-10} {member.Outcome}{by}");
    }
}

Console.WriteLine("How it changed:");
var timeline = register.CoverageOverTime(places.Gyeonggi, municipalities);
if (timeline.Periods.FirstOrDefault().From != LocalDate.MinIsoValue)
{
    Console.WriteLine($"    before anything: {timeline.Before}");
}

foreach (var period in timeline.Periods)
{
    // A tie whose day is known only as a bound is uncertain from the start of time.
    var from = period.From == LocalDate.MinIsoValue ? "   ...    " : $"{period.From:uuuu-MM-dd}";
    var to = period.To is { } end ? $"{end:uuuu-MM-dd}" : "onwards   ";
    var uncertain = period.Coverage.Uncertain.Length > 0
        ? $": {string.Join(", ", period.Coverage.Uncertain.Select(m => m.Region?.Names.In("en")))}"
        : string.Empty;
    Console.WriteLine($"    {from} .. {to}  {period.Coverage}{uncertain}");
}

// What an office reads next to "3 of 4, Beijing missing": what is there to build on with Beijing?
var lastDay = days[^1];
var leads = register.LeadsFor(register.Coverage(places.Gyeonggi, municipalities, lastDay), Period.FromYears(2))
    .Where(lead => lead.Member.Equals(places.Beijing))
    .ToList();
Console.WriteLine();
Console.WriteLine($"== Leads for Beijing on {lastDay:uuuu-MM-dd} ==");
if (leads.Count == 0)
{
    Console.WriteLine("None: the register holds no lapsed tie, proposal, sub-region tie, visit, open commitment or introducer for Beijing.");
}

foreach (var lead in leads)
{
    Console.WriteLine($"- {lead}");
    Console.WriteLine($"  {lead.ToText(LanguageTag.Parse("ko"))}");
}

// The seed register's numbers as a yearly report gives them, Korea with every government inside it.
var statistics = register.StatisticsOn(places.Korea, lastDay, CoverageCriteria.Default with { IncludeHomeSubregions = true });
Console.WriteLine();
Console.WriteLine("== Statistics of the seed register ==");
Console.WriteLine(statistics.Counted.ByPartnerCountry.ToText(LanguageTag.Parse("en")));
Console.WriteLine(statistics.Counted.ByPartnerDivision.ToText(LanguageTag.Parse("ko")));
Console.WriteLine(statistics.Counted.ByKind.ToText(LanguageTag.Parse("ja")));

// The desk's next dates after the visit: anniversaries, term ends with a notice a year before, commitments due, visits.
var nextYear = new DateInterval(days[^1], days[^1].PlusYears(3));
Console.WriteLine();
Console.WriteLine($"== Gyeonggi's next dates, {nextYear.Start:uuuu-MM-dd} to {nextYear.End:uuuu-MM-dd} ==");
var agenda = register.AgendaOf(places.Gyeonggi, nextYear);
foreach (var entry in agenda)
{
    var when = entry.Days.Start == entry.Days.End ? $"{entry.Days.Start:uuuu-MM-dd}" : $"{entry.Days.Start:uuuu-MM-dd}..{entry.Days.End:uuuu-MM-dd}";
    var about = entry.Commitment?.What ?? entry.Agreement?.Title ?? entry.Delegation!.Purpose;
    var milestone = entry.IsMilestone ? " (a milestone)" : string.Empty;
    Console.WriteLine($"{when,-22} {entry.Kind,-14} {about}{entry.AnniversaryNumber switch { { } n => $", year {n}", null => string.Empty }}{milestone}");
}

// A newcomer to the desk reads one partner's dossier: the tie, the visit, what was promised and given, whom to call.
var dossier = register.DossierOf(places.Gyeonggi, places.Shanghai, days[^1], DossierOptions.Default with { Ahead = Period.FromYears(1) });
Console.WriteLine();
Console.WriteLine($"== Shanghai's dossier for Gyeonggi on {dossier.On:uuuu-MM-dd} ({dossier.Coverage}) ==");
Console.WriteLine($"Ties: {string.Join("; ", dossier.Ties.Select(tie => $"{tie.Title} ({tie.StatusOn(dossier.On)})"))}");
Console.WriteLine($"Visits: {string.Join("; ", dossier.Visits.Select(visit => $"{visit.Id} ({visit.Direction}, {visit.Start.Date:uuuu-MM-dd})"))}");
foreach (var commitment in dossier.Commitments)
{
    Console.WriteLine($"Commitment ({commitment.StatusOn(dossier.On)}, due {commitment.Due}): {commitment.What}");
}

foreach (var gift in dossier.Gifts)
{
    var value = gift.Gift.Value is { } worth ? $", worth {worth}" : string.Empty;
    Console.WriteLine($"Gift {(gift.Received ? "received" : "given")}: {gift.Gift.Quantity.ToString(CultureInfo.InvariantCulture)} {gift.Gift.Item} to {gift.Gift.Recipient}{value}");
}

// The gift ledger: per year and currency, never summed across currencies; a gift without a value is counted, not taken as 0.
foreach (var year in dossier.GiftLedger.Years)
{
    var lines = year.Amounts.Select(line => $"{line.Currency} given {line.Given}, received {line.Received}, balance {line.Balance}");
    Console.WriteLine($"Gift ledger {year.Year}: {string.Join("; ", lines.DefaultIfEmpty("no valued gifts"))}; without a value: {year.GivenWithoutValue} given, {year.ReceivedWithoutValue} received");
}

var overThreshold = dossier.GiftsOver(new Money(100_000m, new CurrencyCode("KRW")));
Console.WriteLine($"Gifts over 100,000 KRW: {overThreshold.Over.Count}, not comparable: {overThreshold.NotComparable.Count}, without a value: {overThreshold.WithoutValue.Count}");

Console.WriteLine($"Contacts: {(dossier.ContactPersons.Count == 0 ? "none named on the tie" : string.Join("; ", dossier.ContactPersons.Select(contact => contact.Name)))}");
Console.WriteLine($"Sources: {string.Join("; ", dossier.Sources.Select(source => source.Citation ?? source.Url!.ToString()))}");
Console.WriteLine($"Next dates: {string.Join("; ", dossier.NextDates.Select(entry => $"{entry.Days.Start:uuuu-MM-dd} {entry.Kind}"))}");

// Before signing a sister tie with Shanghai the desk asks what it should weigh. The office's policy: a sister tie
// needs the provincial council's approval, recorded before it is signed.
var proposal = Agreement.Propose(new AgreementId("GG-SH-SISTER"), AgreementKind.SisterCity, [places.Gyeonggi, places.Shanghai], days[^1].PlusDays(5));
var policy = SigningPolicy.None with { ApprovalRequiredFor = [AgreementKind.SisterCity], ApprovingBody = "경기도의회" };
var checkedOn = days[^1].PlusDays(30);
Console.WriteLine();
Console.WriteLine($"== Checks before signing a sister tie with Shanghai on {checkedOn:uuuu-MM-dd} ==");
PrintChecks(register.ChecksBeforeSigning(places.Gyeonggi, proposal, checkedOn, policy));
proposal.Approve(checkedOn.PlusDays(-2), "경기도의회", "의안번호 2025-1108");
Console.WriteLine("After the council's approval is recorded:");
PrintChecks(register.ChecksBeforeSigning(places.Gyeonggi, proposal, checkedOn, policy));

// The same dates as a calendar feed a desk subscribes to (`--calendar FILE` writes it; CI reads it with a second parser).
var calendarFile = args.SkipWhile(arg => arg != "--calendar").Skip(1).FirstOrDefault();
if (calendarFile is not null)
{
    var writtenAt = Instant.FromUtc(2025, 9, 26, 12, 0);
    File.WriteAllText(calendarFile, AgendaCalendar.Write(places.Gyeonggi, agenda, new CalendarFeedOptions { WrittenAt = writtenAt, Language = "ko" }));
    Console.WriteLine($"Wrote {agenda.Count} events to {calendarFile} (iCalendar, Korean).");
}

static void PrintChecks(IReadOnlyList<SigningWarning> warnings)
{
    foreach (var warning in warnings)
    {
        Console.WriteLine(warning switch
        {
            AlreadyTiedWarning tied => $"- already tied: {tied.Tie.Title ?? tied.Tie.Id.Value} ({tied.Status}) between {tied.HomeSide.Name} ({tied.HomeRelation}) and {tied.PartnerSide.Name} ({tied.PartnerRelation})",
            LapsedTieWarning lapsed => $"- a lapsed tie to renew: {lapsed.Tie.Id} ({lapsed.Status})",
            ConflictingPartnerWarning conflict => $"- {conflict.Partner.Name} conflicts: {conflict.Listed.Region.Name} ({conflict.Relation}), {conflict.Listed.Reason}",
            ApprovalMissingWarning approval => $"- no approval by {approval.Body ?? "any body"} on record for a {approval.Kind}",
            _ => $"- {warning}",
        });
    }

    if (warnings.Count == 0)
    {
        Console.WriteLine("- nothing to weigh");
    }
}

static string Describe(Engagement engagement) => engagement switch
{
    SiteVisit visit => $"site visit: {visit.Host.Name}",
    Meeting meeting => $"meeting with {string.Join(", ", meeting.Counterparts.Select(c => $"{c.Name}, {c.Title}"))}",
    Signing signing => $"signing: {signing.Title}",
    Gift gift => $"gift: {gift.Quantity.ToString(CultureInfo.InvariantCulture)} {gift.Item} to {gift.Recipient}",
    EventParticipation participation => $"takes part in {participation.EventName}",
    _ => engagement.ToString(),
};
