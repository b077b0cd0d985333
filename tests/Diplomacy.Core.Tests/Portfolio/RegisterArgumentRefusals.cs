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
        { "coverage over time without a home", "home" },
        { "coverage over time without a cohort", "cohort" },
        { "partners without a home", "home" },
        { "anniversaries without a window", "window" },
        { "term ends without a window", "window" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void A_question_with_a_missing_argument_is_refused_naming_it(string question, string parameter)
    {
        var register = SeedRegister.WithTheSeedMous();
        var municipalities = BuiltInCohorts.ChinaDirectAdministeredMunicipalities;
        var day = Dates.D("2025-09-26");

        Action asking = question switch
        {
            "coverage without a home" => () => register.Coverage(null!, municipalities, day),
            "coverage without a cohort" => () => register.Coverage(Seed.Gyeonggi, null!, day),
            "count without a home" => () => register.CountCovered(null!, municipalities, day),
            "coverage over time without a home" => () => register.CoverageOverTime(null!, municipalities),
            "coverage over time without a cohort" => () => register.CoverageOverTime(Seed.Gyeonggi, null!),
            "partners without a home" => () => register.PartnersOn(null!, day),
            "anniversaries without a window" => () => register.AnniversariesIn(Seed.Gyeonggi, null!),
            "term ends without a window" => () => register.TermsEndingIn(Seed.Gyeonggi, null!),
            _ => throw new ArgumentOutOfRangeException(nameof(question), question, "No such question in this table."),
        };

        asking.Should().Throw<ArgumentNullException>().WithParameterName(parameter);
    }
}
