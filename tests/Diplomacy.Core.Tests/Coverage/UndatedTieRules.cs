using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Coverage;

/// <summary>
/// A tie known to exist as of a day (a list scraped that day, a register's publication), with no signing date, is
/// recorded as signed on or before that day: in force on it, uncertain before, and counted by an optimistic coverage.
/// </summary>
public sealed class UndatedTieRules
{
    private static readonly LocalDate ListedOn = new(2016, 5, 1);
    private static readonly Cohort Municipalities = BuiltInCohorts.ChinaDirectAdministeredMunicipalities;

    [Theory]
    [InlineData("1950-01-01", AgreementStatus.Uncertain)]
    [InlineData("2016-04-30", AgreementStatus.Uncertain)]
    [InlineData("2016-05-01", AgreementStatus.InForce)] // boundary: the day of the list that names it
    public void A_tie_listed_on_a_day_with_no_signing_date_is_in_force_on_that_day_and_uncertain_before(string day, AgreementStatus expected)
    {
        var tie = UndatedTie();

        tie.StatusOn(Dates.D(day)).Should().Be(expected);
    }

    [Fact]
    public void Before_the_day_it_was_listed_an_undated_tie_is_either_not_yet_signed_or_in_force()
    {
        var tie = UndatedTie();

        tie.PossibilitiesOn(Dates.D("2010-01-01")).Statuses.Should().Equal(AgreementStatus.None, AgreementStatus.InForce);
        tie.SignedOn.Should().Be(PartialDate.Parse("..2016-05-01"));
    }

    [Fact]
    public void An_undated_tie_is_uncertain_before_its_listing_day_unless_the_count_is_optimistic()
    {
        var register = SeedRegister.Empty();
        register.Add(UndatedTie());
        var optimistic = CoverageCriteria.Default with { CountUncertainAsCovered = true };
        var before = Dates.D("2015-01-01");

        register.CountCovered(Seed.Gyeonggi, Municipalities, before).Should().Be(new CoverageCount(0, 1, 4));
        register.CountCovered(Seed.Gyeonggi, Municipalities, before, optimistic).Should().Be(new CoverageCount(1, 0, 4));
        register.CountCovered(Seed.Gyeonggi, Municipalities, ListedOn).Should().Be(new CoverageCount(1, 0, 4));
    }

    private static Agreement UndatedTie() => A.SisterTieBetween(Seed.Gyeonggi, Seed.Tianjin).SignedOn(PartialDate.OnOrBefore(ListedOn));
}
