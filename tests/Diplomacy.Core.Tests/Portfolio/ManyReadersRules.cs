using System.Globalization;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Delegations;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>
/// While no one writes, a register answers many threads at once exactly as it answers one: the caches its questions
/// fill (a cohort's resolution, the delegation log's overdue index) are filled safely.
/// </summary>
public sealed class ManyReadersRules
{
    private const int Threads = 4;
    private static readonly LocalDate[] Dates = [new(1995, 1, 1), new(2010, 6, 30), new(2020, 3, 1), new(2025, 9, 24), new(2025, 9, 26)];
    private static readonly LanguageTag English = LanguageTag.Parse("en");

    [Fact]
    public void Every_question_asked_by_many_threads_at_once_gets_the_answer_one_thread_gets()
    {
        var expected = Questions(Build()).Select(question => question()).ToList();
        var questions = Questions(Build());

        // A fresh register, so that the threads race to fill its caches; each thread starts at another question.
        var answers = new string[Threads][];
        using var start = new Barrier(Threads);
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, thread =>
        {
            var mine = new string[questions.Count];
            start.SignalAndWait();
            for (var step = 0; step < questions.Count; step++)
            {
                var index = (step + (thread * questions.Count / Threads)) % questions.Count;
                mine[index] = questions[index]();
            }

            answers[thread] = mine;
        });

        foreach (var answer in answers)
        {
            answer.Should().Equal(expected);
        }
    }

    private static Register Build()
    {
        var register = SeedRegister.Empty();
        var places = Enumerable.Range(1, 60)
            .Select(n => Region.CreatePlace(
                new RegionId(string.Create(CultureInfo.InvariantCulture, $"CN-P{n}")), AdministrativeKind.City,
                RegionNames.Of("en", string.Create(CultureInfo.InvariantCulture, $"City {n % 45}")), n % 2 == 0 ? Seed.Shanghai : Seed.China))
            .ToList();
        register.AddRegions(places);
        var homes = new[] { Seed.Gyeonggi, Seed.Suwon, Seed.Korea };
        var partners = places.Concat(Seed.ChineseMunicipalities).ToList();
        var agreements = new List<Agreement>();
        for (var n = 0; n < 200; n++)
        {
            var tie = Agreement.Sign(
                new AgreementId(string.Create(CultureInfo.InvariantCulture, $"T{n}")), (AgreementKind)(n % 4), [homes[n % 3], partners[n % partners.Count]],
                new LocalDate(1990 + (n % 35), 1 + (n % 12), 1 + (n % 28)),
                n % 5 == 0 ? new SigningDetails { Term = AgreementTerm.OfYears(3 + (n % 3)) } : null);
            if (n % 7 == 0 && tie.StatusOn(new LocalDate(2020, 2, 1)) == AgreementStatus.InForce)
            {
                tie.Suspend(new LocalDate(2020, 2, 1), SuspensionReason.Pandemic);
            }

            agreements.Add(tie);
        }

        register.AddRange(agreements, distinct: true);
        var trip = Trips.GyeonggiToChina();
        trip.AddStop(Seed.Shanghai, Trips.At(2025, 9, 24, 13, 0), Trips.At(2025, 9, 26, 10, 0));
        trip.Commit(Seed.Gyeonggi, Seed.Shanghai, "Take part in Shanghai's trade fair", PartialDate.InMonth(2025, 11));
        register.Record(trip);
        register.Record(Trips.ShanghaiToGyeonggi());
        return register;
    }

    private static List<Func<string>> Questions(Register register)
    {
        var questions = new List<Func<string>>();
        var cohorts = new[] { BuiltInCohorts.ChinaDirectAdministeredMunicipalities, BuiltInCohorts.JapanPrefectures };
        var window = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2026, 12, 31));
        foreach (var home in new[] { Seed.Gyeonggi, Seed.Suwon, Seed.Korea })
        {
            foreach (var within in new[] { false, true })
            {
                var criteria = CoverageCriteria.Default with { IncludeHomeSubregions = within };
                foreach (var date in Dates)
                {
                    foreach (var cohort in cohorts)
                    {
                        questions.Add(() => register.Coverage(home, cohort, date, criteria).ToText(English));
                        questions.Add(() => register.CountCovered(home, cohort, date, criteria).ToString());
                    }

                    questions.Add(() => register.StatisticsOn(home, date, criteria).Counted.ByKind.ToText(English));
                }

                questions.Add(() => string.Join("|", register.TiesOf(home, within).Select(tie => tie.Id)));
                questions.Add(() => string.Join("|", register.CoverageOverTime(home, cohorts[0], criteria).Periods.Select(period => period.ToString())));
            }

            questions.Add(() => string.Join("|", register.PartnersOn(home, Dates[^1]).Select(partner => partner.Id)));
            questions.Add(() => string.Join("|", register.AnniversariesIn(home, window).Select(row => row.ToString())));
            questions.Add(() => string.Join("|", register.TermsEndingIn(home, window).Select(row => row.ToString())));
            questions.Add(() => string.Join("|", register.DormantTies(home, Dates[^1], Period.FromYears(2)).Select(row => row.ToString())));
            questions.Add(() => register.Delegations.LastExchangeWith(Seed.Shanghai, Dates[^1], home)?.ToString() ?? "none");
        }

        foreach (var agreement in register.Agreements.Where((_, index) => index % 20 == 0))
        {
            questions.Add(() => string.Join("|", Dates.Select(date => $"{agreement.StatusOn(date)} {agreement.KindOn(date)} {agreement.TermEndsOn(date)}")));
        }

        foreach (var name in new[] { "City 3", "city 44", "上海市", "Shanghai" })
        {
            questions.Add(() => string.Join("|", register.Directory.FindByName(name).Select(region => region.Id)));
        }

        questions.Add(() => string.Join("|", register.Directory.ChildrenOf(Seed.Shanghai).Select(region => region.Id)));
        questions.Add(() => register.Directory.Resolve("CN-31")?.ToString() ?? "none");
        questions.Add(() => string.Join("|", register.CommitmentsOverdueOn(new LocalDate(2026, 1, 1)).Select(commitment => commitment.ToString())));
        return questions;
    }
}
