using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>The register's everyday questions about a home region count only the home's own ties, not those of the places inside it.</summary>
public sealed class OwnTiesRules
{
    private static readonly DateInterval Window = new(Dates.D("2025-01-01"), Dates.D("2030-12-31"));

    [Fact]
    public void A_tie_of_Suwon_is_not_one_of_Gyeonggi_s_partners_anniversaries_term_ends_or_dormant_ties()
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Suwon, Seed.Shanghai).WithId("SW-SH").ForYears(3).SignedOn(2010, 5, 1));
        register.Add(A.MouBetween(Seed.Suwon, Seed.Tianjin).WithId("SW-TJ").ForYearsRenewingAutomatically(1).SignedOn(2024, 5, 1));

        register.PartnersOn(Seed.Gyeonggi, Dates.D("2025-06-01")).Should().BeEmpty();
        register.AnniversariesIn(Seed.Gyeonggi, Window).Should().BeEmpty();
        register.TermsEndingIn(Seed.Gyeonggi, Window).Should().BeEmpty();
        register.DormantTies(Seed.Gyeonggi, Dates.D("2029-01-01"), Period.FromYears(2)).Should().BeEmpty();
        register.PartnersOn(Seed.Suwon, Dates.D("2025-06-01")).Should().Equal(Seed.Tianjin);
    }
}
