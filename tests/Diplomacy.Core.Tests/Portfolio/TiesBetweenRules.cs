using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>The register answers which agreements bind two places: every tie of the pair, or those binding both on a date.</summary>
public sealed class TiesBetweenRules
{
    [Fact]
    public void The_ties_between_two_places_are_every_agreement_both_are_parties_to_in_either_order()
    {
        var register = SeedRegister.WithTheSeedMous();
        var trilateral = A.SisterTieBetween(Seed.Shanghai, Seed.Beijing, Seed.Gyeonggi).WithId("TRI").SignedOn(2000, 1, 1);
        register.Add(trilateral);

        register.TiesBetween(Seed.Gyeonggi, Seed.Shanghai).Select(tie => tie.Id.Value).Should().Equal("GG-SH", "TRI");
        register.TiesBetween(Seed.Shanghai, Seed.Gyeonggi).Select(tie => tie.Id.Value).Should().Equal("GG-SH", "TRI");
        register.TiesBetween(Seed.Gyeonggi, Seed.Beijing).Should().Equal(trilateral);
    }

    [Fact]
    public void Two_places_with_no_tie_have_none_and_a_place_has_none_with_itself()
    {
        var register = SeedRegister.WithTheSeedMous();

        register.TiesBetween(Seed.Shanghai, Seed.Tianjin).Should().BeEmpty();
        register.TiesBetween(Seed.Gyeonggi, Seed.Gyeonggi).Should().BeEmpty();
        register.TiesBetween(Seed.Gyeonggi, Seed.Gyeonggi, new LocalDate(2026, 1, 1)).Should().BeEmpty();
    }

    [Fact]
    public void The_ties_of_places_inside_either_do_not_count()
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Suwon, Seed.Shanghai).SignedOn(2000, 1, 1));

        register.TiesBetween(Seed.Gyeonggi, Seed.Shanghai).Should().BeEmpty();
    }

    [Theory]
    [InlineData("2019-12-31", false)] // before the signing
    [InlineData("2020-01-01", true)] // boundary: in force from the signing day
    [InlineData("2021-06-01", true)] // suspended still binds
    [InlineData("2023-01-01", false)] // boundary: terminated on its day
    public void The_ties_binding_two_places_on_a_date_are_those_in_force_or_suspended_then(string day, bool binds)
    {
        var register = SeedRegister.Empty();
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2020, 1, 1);
        tie.Suspend(new LocalDate(2021, 1, 1), SuspensionReason.Pandemic);
        tie.Terminate(new LocalDate(2023, 1, 1), Seed.Shanghai, "political");
        register.Add(tie);

        register.TiesBetween(Seed.Gyeonggi, Seed.Shanghai, Dates.D(day)).Should().HaveCount(binds ? 1 : 0);
    }

    [Theory]
    [InlineData("2009-12-31", true)]
    [InlineData("2010-01-01", false)] // boundary: the withdrawal's day
    public void A_tie_no_longer_binds_a_pair_once_one_of_them_withdrew(string day, bool binds)
    {
        var register = SeedRegister.Empty();
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai, Seed.Beijing).SignedOn(2000, 1, 1);
        tie.Withdraw(new LocalDate(2010, 1, 1), Seed.Beijing, "left");
        register.Add(tie);

        register.TiesBetween(Seed.Gyeonggi, Seed.Beijing, Dates.D(day)).Should().HaveCount(binds ? 1 : 0);
        register.TiesBetween(Seed.Beijing, Seed.Gyeonggi, Dates.D(day)).Should().HaveCount(binds ? 1 : 0);
        register.TiesBetween(Seed.Gyeonggi, Seed.Shanghai, Dates.D(day)).Should().HaveCount(1);
    }

    [Fact]
    public void The_ties_between_two_places_name_a_missing_argument()
    {
        var register = SeedRegister.WithTheSeedMous();

        FluentActions.Invoking(() => register.TiesBetween(null!, Seed.Shanghai)).Should().Throw<ArgumentNullException>().WithParameterName("first");
        FluentActions.Invoking(() => register.TiesBetween(Seed.Shanghai, null!)).Should().Throw<ArgumentNullException>().WithParameterName("second");
    }
}
