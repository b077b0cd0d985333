using System.Globalization;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Benchmarks.Data;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Sheets;
using NodaTime;

// The world's twinning network as Wikidata held it in 2016, loaded into a register and counted as a national body's
// report counts: run from the repository (dotnet run --project samples/Diplomacy.Core.WorldStatistics); the crawl is
// found in ../shared/data/wikidata-twinnings-2016 when it is there, and a synthetic network stands in when it is not.
var data = TwinningData.Load();
var crawl = new LocalDate(2016, 12, 31);
var register = Register.Open();
var places = data.Places.ToDictionary(
    place => place.Id,
    place => Region.CreatePlace(RegionId.For(place.Id), AdministrativeKind.Other, RegionNames.Of("de", place.Name), parent: null, "UTC", place.Id));
register.AddRegions(places.Values);

// The crawl says only that two places were twinned when it ran: each tie is a sister-city tie signed on or before the
// end of 2016, on a day not known. No date is invented, so the decade of signing stays unassigned.
var number = 0;
foreach (var (first, second) in data.Pairs())
{
    register.Add(Agreement.Sign(
        new AgreementId(string.Create(CultureInfo.InvariantCulture, $"W{++number}")), AgreementKind.SisterCity, [places[first], places[second]], PartialDate.OnOrBefore(crawl)));
}

var english = LanguageTag.Parse("en");
var perPlace = places.Values
    .Select(place => register.StatisticsOn(place, crawl))
    .Where(statistics => statistics.Counted.Count > 0)
    .OrderByDescending(statistics => statistics.Counted.Count)
    .ThenBy(statistics => statistics.Home.Id.Value, StringComparer.Ordinal)
    .ToList();
Console.WriteLine($"== The world's twinnings on {crawl:uuuu-MM-dd} ==");
Console.WriteLine($"{register.Agreements.Count:N0} ties between {perPlace.Count:N0} places (each tie counted once at each end: {perPlace.Sum(s => s.Counted.Count):N0})");

Console.WriteLine();
Console.WriteLine("== The most twinned places (most ties first, then by Wikidata id) ==");
foreach (var statistics in perPlace.Take(10))
{
    Console.WriteLine($"{statistics.Home.Id,-9} {statistics.Home.Name,-22} {statistics.Counted.Count,3} ties");
}

// The crawl names no countries: by country every tie is unassigned, counted apart rather than guessed. A register
// that knows each place's country (a parent region) gets the rows; the counting is the same.
var top = perPlace[0];
Console.WriteLine();
Console.WriteLine($"== {top.Home.Name} by partner country and by decade of signing ==");
Console.WriteLine(top.Counted.ByPartnerCountry.ToText(english));
Console.WriteLine(top.Counted.ByDecadeSigned.ToText(english));
Console.Write(StatisticsSheet.ToCsv(top.Counted.ByKind, english));

var countries = perPlace.Sum(statistics => statistics.Counted.ByPartnerCountry.Unassigned);
Console.WriteLine();
Console.WriteLine($"Ties by partner country, the whole world: {countries:N0} unassigned (the 2016 crawl has no countries).");
