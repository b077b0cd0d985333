using Diplomacy.Core.Coverage;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>A register's question without its home region, cohort or window is a caller's mistake, refused at once naming the missing argument.</summary>
public sealed class RegisterArgumentRefusals
{
    public static TheoryData<string, string> Questions => new()
    {
        { "coverage without a home", "home" },
        { "coverage without a cohort", "cohort" },
        { "count without a home", "home" },
        { "count without a cohort", "cohort" },
        { "coverage over time without a home", "home" },
        { "coverage over time without a cohort", "cohort" },
        { "partners without a home", "home" },
        { "anniversaries without a home", "home" },
        { "anniversaries without a window", "window" },
        { "term ends without a home", "home" },
        { "term ends without a window", "window" },
        { "dormant ties without a home", "home" },
        { "dormant ties without a span", "span" },
        { "adding no agreement", "agreement" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void A_question_with_a_missing_argument_is_refused_naming_it(string question, string parameter)
    {
        var register = SeedRegister.WithTheSeedMous();
        var municipalities = BuiltInCohorts.ChinaDirectAdministeredMunicipalities;
        var day = Dates.D("2025-09-26");
        var window = new DateInterval(Dates.D("2025-01-01"), Dates.D("2030-12-31"));

        Action asking = question switch
        {
            "coverage without a home" => () => register.Coverage(null!, municipalities, day),
            "coverage without a cohort" => () => register.Coverage(Seed.Gyeonggi, null!, day),
            "count without a home" => () => register.CountCovered(null!, municipalities, day),
            "count without a cohort" => () => register.CountCovered(Seed.Gyeonggi, null!, day),
            "coverage over time without a home" => () => register.CoverageOverTime(null!, municipalities),
            "coverage over time without a cohort" => () => register.CoverageOverTime(Seed.Gyeonggi, null!),
            "partners without a home" => () => register.PartnersOn(null!, day),
            "anniversaries without a home" => () => register.AnniversariesIn(null!, window),
            "anniversaries without a window" => () => register.AnniversariesIn(Seed.Gyeonggi, null!),
            "term ends without a home" => () => register.TermsEndingIn(null!, window),
            "term ends without a window" => () => register.TermsEndingIn(Seed.Gyeonggi, null!),
            "dormant ties without a home" => () => register.DormantTies(null!, day, Period.FromYears(2)),
            "dormant ties without a span" => () => register.DormantTies(Seed.Gyeonggi, day, null!),
            "adding no agreement" => () => register.Add(null!),
            _ => throw new ArgumentOutOfRangeException(nameof(question), question, "No such question in this table."),
        };

        asking.Should().Throw<ArgumentNullException>().WithParameterName(parameter);
    }
}
