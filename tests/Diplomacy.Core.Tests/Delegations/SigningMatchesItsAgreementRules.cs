using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>A signing on a visit that is linked to an agreement must agree with the agreement's history in day and place.</summary>
public sealed class SigningMatchesItsAgreementRules
{
    private static Delegation TripWithShanghaiStop()
    {
        var trip = GyeonggiToChina();
        trip.AddStop(Seed.Shanghai, At(2025, 9, 24, 12, 0), At(2025, 9, 26, 11, 0));
        return trip;
    }

    [Fact]
    public void A_signing_on_the_agreement_s_signing_day_in_its_signing_place_is_recorded_with_the_agreement()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedIn(Seed.Shanghai).SignedOn(2025, 9, 25);
        var trip = TripWithShanghaiStop();

        var stop = trip.AddEngagement(Seed.Shanghai, new Signing(At(2025, 9, 25, 15, 0), mou));

        var signing = stop.Engagements.OfType<Signing>().Single();
        signing.Agreement.Should().BeSameAs(mou);
        signing.Parties.Should().Equal(Seed.Gyeonggi, Seed.Shanghai);
    }

    [Fact]
    public void A_signing_on_another_day_than_the_agreement_s_signing_is_refused_and_changes_nothing()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedIn(Seed.Shanghai).SignedOn(2025, 9, 25);
        var trip = TripWithShanghaiStop();
        var before = DelegationSnapshot.Of(trip);

        var act = () => trip.AddEngagement(Seed.Shanghai, new Signing(At(2025, 9, 24, 15, 0), mou));

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.SigningMustMatchItsAgreement);
        before.ShouldBeUnchanged();
    }

    [Fact]
    public void A_signing_in_another_place_than_the_agreement_s_signing_place_is_refused()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedIn(Seed.Chongqing).SignedOn(2025, 9, 25);
        var trip = TripWithShanghaiStop();

        var act = () => trip.AddEngagement(Seed.Shanghai, new Signing(At(2025, 9, 25, 15, 0), mou));

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.SigningMustMatchItsAgreement);
    }

    [Fact]
    public void A_signing_in_a_district_of_the_agreement_s_signing_place_agrees_with_it()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedIn(Seed.Shanghai).SignedOn(2025, 9, 25);
        var trip = GyeonggiToChina();
        trip.AddStop(Pudong, At(2025, 9, 25, 9, 0), At(2025, 9, 25, 20, 0));

        var act = () => trip.AddEngagement(Pudong, new Signing(At(2025, 9, 25, 15, 0), mou));

        act.Should().NotThrow();
    }

    [Fact]
    public void A_signing_inside_the_uncertainty_of_an_agreement_signed_in_a_known_month_agrees_with_it()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(PartialDate.InMonth(2025, 9));
        var trip = TripWithShanghaiStop();

        var act = () => trip.AddEngagement(Seed.Shanghai, new Signing(At(2025, 9, 25, 15, 0), mou));

        act.Should().NotThrow();
    }

    [Fact]
    public void A_renewal_signed_on_a_visit_agrees_with_the_agreement_on_the_renewal_day_wherever_it_is_signed()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedIn(Seed.Gyeonggi).ForYears(3).SignedOn(2022, 9, 25);
        mou.Renew(new LocalDate(2025, 9, 25), AgreementTerm.OfYears(3));
        var trip = TripWithShanghaiStop();

        var act = () => trip.AddEngagement(Seed.Shanghai, new Signing(At(2025, 9, 25, 15, 0), mou));

        act.Should().NotThrow();
    }

    [Fact]
    public void A_signing_linked_to_an_agreement_that_is_only_proposed_is_refused()
    {
        var proposal = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ProposedOn(2025, 9, 1);
        var trip = TripWithShanghaiStop();

        var act = () => trip.AddEngagement(Seed.Shanghai, new Signing(At(2025, 9, 25, 15, 0), proposal));

        act.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.SigningMustMatchItsAgreement);
    }

    [Fact]
    public void A_refused_signing_names_the_delegation_the_agreement_the_stop_the_day_and_when_and_where_the_agreement_was_signed()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH-MOU").SignedIn(Seed.Chongqing).SignedOn(2025, 9, 25);
        var trip = TripWithShanghaiStop();

        var act = () => trip.AddEngagement(Seed.Shanghai, new Signing(At(2025, 9, 25, 15, 0), mou));

        act.Should().Throw<DomainRuleException>().WithMessage("*GG-2025-CN*GG-SH-MOU*(CN-SH)*2025-09-25*signed 2025-09-25 in *(CN-CQ), and*");
    }

    [Fact]
    public void A_refused_signing_of_an_agreement_not_yet_signed_says_so()
    {
        var proposal = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ProposedOn(2025, 9, 1);
        var trip = TripWithShanghaiStop();

        var act = () => trip.AddEngagement(Seed.Shanghai, new Signing(At(2025, 9, 25, 15, 0), proposal));

        act.Should().Throw<DomainRuleException>().WithMessage("*signed (not yet), and *");
    }
}
