using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>The partners on a date are the other parties of the home's ties in force that day, filtered by country, kind and field.</summary>
public sealed class PartnersOnRules
{
    [Fact]
    public void The_partners_on_a_date_are_those_of_ties_in_force_that_day()
    {
        var register = SeedRegister.WithTheSeedMous();

        register.PartnersOn(Seed.Gyeonggi, Dates.D("2025-09-24")).Should().Equal(Seed.Chongqing, Seed.Tianjin);
    }

    [Fact]
    public void Partners_can_be_asked_for_one_country_only()
    {
        var register = SeedRegister.WithTheSeedMous();

        register.PartnersOn(Seed.Gyeonggi, Dates.D("2025-09-26"), country: CountryCode.Parse("CN")).Should().HaveCount(3);
        register.PartnersOn(Seed.Gyeonggi, Dates.D("2025-09-26"), country: CountryCode.Parse("JP")).Should().BeEmpty();
    }

    [Fact]
    public void Partners_can_be_asked_for_one_kind_on_that_date()
    {
        var register = SeedRegister.WithTheSeedMous();
        var tie = A.MouBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").SignedOn(2020, 1, 1);
        tie.Upgrade(new LocalDate(2024, 1, 1), AgreementKind.SisterCity);
        register.Add(tie);

        register.PartnersOn(Seed.Gyeonggi, Dates.D("2023-12-31"), kind: AgreementKind.SisterCity).Should().BeEmpty();
        register.PartnersOn(Seed.Gyeonggi, Dates.D("2024-01-01"), kind: AgreementKind.SisterCity).Should().Equal(Seed.Beijing);
    }

    [Fact]
    public void Partners_can_be_asked_for_one_field_of_cooperation()
    {
        var register = SeedRegister.Empty();
        register.Add(Agreement.Sign(
            new AgreementId("GG-CQ"), AgreementKind.CooperationMemorandum, [Seed.Gyeonggi, Seed.Chongqing], new LocalDate(2025, 9, 23), fields: [CooperationField.Ict]));
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH").SignedOn(2025, 9, 25));

        register.PartnersOn(Seed.Gyeonggi, Dates.D("2025-10-01"), field: CooperationField.Ict).Should().Equal(Seed.Chongqing);
    }

    [Fact]
    public void A_tie_certainly_in_force_whose_upgrade_date_is_a_range_is_a_partner_of_any_kind_but_not_of_either_kind()
    {
        var register = SeedRegister.Empty();
        var tie = A.FriendshipBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2000, 5, 1);
        tie.Upgrade(PartialDate.InYear(2010), AgreementKind.SisterCity);
        register.Add(tie);
        var midYear = Dates.D("2010-06-01");

        register.PartnersOn(Seed.Gyeonggi, midYear).Should().Equal(Seed.Shanghai);
        register.PartnersOn(Seed.Gyeonggi, midYear, kind: AgreementKind.SisterCity).Should().BeEmpty();
        register.PartnersOn(Seed.Gyeonggi, midYear, kind: AgreementKind.Friendship).Should().BeEmpty();
    }

    [Fact]
    public void A_tie_of_a_place_inside_the_home_does_not_make_its_partner_a_partner_of_the_home()
    {
        var register = SeedRegister.Empty();
        register.Add(A.MouBetween(Seed.Suwon, Seed.Shanghai).WithId("SW-SH").SignedOn(2025, 9, 25));

        register.PartnersOn(Seed.Gyeonggi, Dates.D("2025-10-01")).Should().BeEmpty();
        register.PartnersOn(Seed.Suwon, Dates.D("2025-10-01")).Should().Equal(Seed.Shanghai);
    }
}
