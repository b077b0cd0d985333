using CsCheck;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;
using Diplomacy.Core.Web.Storage.Database;
using Diplomacy.Core.Web.Storage.Tests.Fixtures;

namespace Diplomacy.Core.Web.Storage.Tests.Storage;

/// <summary>
/// The SQL anchor's indexed query over the tables finds the members the register rebuilt from them covers, for every
/// home, cohort and date, on histories dated to the day and without terms (what plain SQL can answer).
/// </summary>
public sealed class CoverageInSql(ExactDayDatabase database) : IClassFixture<ExactDayDatabase>
{
    private static readonly Cohort[] Cohorts =
    [
        BuiltInCohorts.ChinaDirectAdministeredMunicipalities,
        BuiltInCohorts.ChinaProvinceLevelDivisions,
        BuiltInCohorts.JapanPrefectures,
        BuiltInCohorts.KoreaFirstLevelDivisions,
        Cohort.Of(
            "A user's list with a district and a former code",
            [new CohortMember(new RegionId("CN-SH-PUDONG")), new CohortMember(new RegionId("CN-31")), new CohortMember(new RegionId("JP-13")), new CohortMember(new RegionId("KR-41"))]),
    ];

    [Fact]
    public void The_indexed_SQL_query_covers_the_members_the_register_covers_for_any_home_cohort_and_day()
    {
        var days = ExactDayRegister.DaysOfChange(database.Register);
        var questions = Gen.Select(Gen.Int[0, ExactDayRegister.Homes.Length - 1], Gen.Int[0, Cohorts.Length - 1], Gen.Int[0, days.Count - 1]);

        questions.Sample(
            question =>
            {
                var (home, cohort, day) = (database.Region(ExactDayRegister.Homes[question.Item1]), Cohorts[question.Item2], days[question.Item3]);
                var keys = SqlCoverage.KeysOf(cohort);

                var inSql = database.Sql.CoveredMembers(home.Id.Value, keys, day);
                var count = database.Sql.CountCovered(home.Id.Value, keys, day);

                var coverage = database.Register.Coverage(home, cohort, day);
                var asked = $"{home.Id} and {cohort.Name} on {day}";
                inSql.Should().BeEquivalentTo(coverage.Covered.Select(member => member.Region!.Id.Value), asked);
                count.Should().Be(coverage.Count, asked);
                coverage.Uncertain.Should().BeEmpty("every date of the register is a known day");
            },
            iter: PropertySamples.Of(500),
            threads: 1);
    }

    [Fact]
    public void The_register_the_query_is_held_to_has_coverages_that_rise_and_fall_with_the_day()
    {
        var gyeonggi = database.Region("KR-41");
        var cohort = BuiltInCohorts.ChinaProvinceLevelDivisions;
        var days = ExactDayRegister.DaysOfChange(database.Register);

        var counts = days.Select(day => database.Register.CountCovered(gyeonggi, cohort, day).Covered).ToList();

        counts.Should().Contain(0, "before the first signing nothing is covered");
        counts.Zip(counts.Skip(1)).Should().Contain(pair => pair.Second < pair.First, "a coverage falls when a tie is suspended, withdrawn from or ended");
    }
}
