using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using NodaTime;

namespace Diplomacy.Core.Benchmarks.Interchange;

/// <summary>
/// Registers of a given number of agreements for the document benchmarks: 2,000 places in two countries, ties between
/// random pairs, signed on days, in months or years, a quarter with a term, one in ten suspended and resumed, one in
/// twenty with a source and a note. Seeded, so every run loads the same register.
/// </summary>
public static class SyntheticRegisters
{
    public static Register Build(int agreements)
    {
        var random = new Random(12);
        var register = Register.Open();
        var korea = Region.CreateCountry(CountryCode.Parse("KR"), RegionNames.Of("en", "South Korea"), "Asia/Seoul");
        var china = Region.CreateCountry(CountryCode.Parse("CN"), RegionNames.Of("en", "China"), "Asia/Shanghai");
        var places = Enumerable.Range(0, 2_000)
            .Select(i => Region.CreatePlace(new RegionId($"P{i}"), AdministrativeKind.City, RegionNames.Of("en", $"Place {i}").And("ko", $"장소 {i}"), i % 2 == 0 ? korea : china))
            .ToList();
        register.AddRegions([korea, china, .. places]);
        var first = new LocalDate(1960, 1, 1);
        for (var i = 0; i < agreements; i++)
        {
            var a = random.Next(places.Count);
            var b = (a + 1 + random.Next(places.Count - 1)) % places.Count;
            var day = first.PlusDays(random.Next(23_000));
            var signed = (i % 7) switch
            {
                0 => PartialDate.InMonth(day.Year, day.Month),
                1 => PartialDate.InYear(day.Year),
                _ => PartialDate.On(day),
            };
            var agreement = Agreement.Sign(
                new AgreementId($"A{i}"),
                (AgreementKind)(i % 4),
                [places[a], places[b]],
                signed,
                i % 4 == 0 ? new SigningDetails { Term = AgreementTerm.OfYears(5) } : null);
            if (i % 10 == 0)
            {
                agreement.Suspend(day.PlusYears(2), SuspensionReason.Pandemic);
                agreement.Resume(day.PlusYears(3));
            }

            if (i % 20 == 0)
            {
                agreement.AddSource(SourceReference.FromUrl(new Uri($"https://example.org/ties/{i}")), agreement.History[0]);
                agreement.AddNote("Recorded from the city's list of partners.");
            }

            register.AddDistinct(agreement);
        }

        return register;
    }
}
