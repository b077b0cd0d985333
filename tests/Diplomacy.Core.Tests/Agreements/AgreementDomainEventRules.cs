using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>Every accepted lifecycle command raises the event it recorded; expiry is derived and raises nothing.</summary>
public sealed class AgreementDomainEventRules
{
    private static readonly AgreementId Id = new("GG-CQ-2019");

    [Fact]
    public void Signing_raises_an_agreement_signed_event()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).WithId("GG-CQ-2019").ForYears(3).SignedOn(2019, 11, 1);

        mou.DomainEvents.Should().Equal(new AgreementSigned(Id, new LocalDate(2019, 11, 1), AgreementKind.CooperationMemorandum, null, AgreementTerm.OfYears(3), true));
    }

    [Fact]
    public void A_proposal_raises_an_agreement_proposed_event_and_its_signing_an_agreement_signed_event()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Beijing).ProposedOn(2025, 3, 1);

        mou.Sign(new LocalDate(2025, 11, 1), SigningDetails.None);

        mou.DomainEvents.Select(e => e.GetType()).Should().Equal(typeof(AgreementProposed), typeof(AgreementSigned));
    }

    [Fact]
    public void Each_lifecycle_command_raises_the_event_it_recorded()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).WithId("GG-CQ-2019").EnteringIntoForceLater().SignedOn(2019, 11, 1);
        mou.ClearDomainEvents();

        mou.EnterIntoForce(new LocalDate(2020, 1, 1));
        mou.Suspend(new LocalDate(2020, 2, 1), SuspensionReason.Pandemic, "COVID-19");
        mou.Resume(new LocalDate(2025, 9, 23));
        mou.Renew(new LocalDate(2025, 9, 23), AgreementTerm.OfYears(3));
        mou.Upgrade(new LocalDate(2026, 1, 1), AgreementKind.Friendship);
        mou.Supersede(new LocalDate(2027, 1, 1), new AgreementId("GG-CQ-2027"));

        mou.DomainEvents.Should().Equal(
            new AgreementEnteredIntoForce(Id, new LocalDate(2020, 1, 1)),
            new AgreementSuspended(Id, new LocalDate(2020, 2, 1), SuspensionReason.Pandemic, "COVID-19"),
            new AgreementResumed(Id, new LocalDate(2025, 9, 23)),
            new AgreementRenewed(Id, new LocalDate(2025, 9, 23), AgreementTerm.OfYears(3)),
            new AgreementUpgraded(Id, new LocalDate(2026, 1, 1), AgreementKind.CooperationMemorandum, AgreementKind.Friendship),
            new AgreementSuperseded(Id, new LocalDate(2027, 1, 1), new AgreementId("GG-CQ-2027")));
    }

    [Fact]
    public void A_termination_raises_an_event_naming_the_party_and_the_reason()
    {
        var tie = A.SisterTieBetween(Seed.Shanghai, Seed.Suwon).WithId("GG-CQ-2019").SignedOn(2009, 1, 1);
        tie.ClearDomainEvents();

        tie.Terminate(new LocalDate(2020, 1, 14), Seed.Shanghai, " political ");

        tie.DomainEvents.Should().Equal(new AgreementTerminated(Id, new LocalDate(2020, 1, 14), Seed.Shanghai, "political"));
    }

    [Fact]
    public void Clearing_the_domain_events_keeps_the_history()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).SignedOn(2019, 11, 1);
        mou.Suspend(new LocalDate(2020, 2, 1), SuspensionReason.Pandemic);

        mou.ClearDomainEvents();

        mou.DomainEvents.Should().BeEmpty();
        mou.History.Should().HaveCount(2);
    }

    [Fact]
    public void An_expiry_is_derived_and_raises_nothing()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).ForYears(1).SignedOn(2019, 11, 1);
        mou.ClearDomainEvents();

        mou.StatusOn(new LocalDate(2021, 1, 1)).Should().Be(AgreementStatus.Expired);

        mou.DomainEvents.Should().BeEmpty();
        typeof(IAgreementEvent).Assembly.GetTypes().Should().NotContain(t => t.Name.Contains("Expired", StringComparison.Ordinal) && typeof(IAgreementEvent).IsAssignableFrom(t));
    }
}
