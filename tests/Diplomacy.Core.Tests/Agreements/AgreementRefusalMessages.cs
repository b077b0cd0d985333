using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>
/// A refusal tells a person which agreement broke a rule and with which value (the day, the region, the person, the
/// term, the kind), so that a register clerk can fix the record without reading code.
/// </summary>
public sealed class AgreementRefusalMessages
{
    private static readonly AgreementId Id = new("GG-SH-2025");
    private static readonly LocalDate SigningDay = new(2025, 9, 25);

    public static TheoryData<string, string> Refusals => new()
    {
        { "one party", "Agreement GG-SH-2025 names 1 party; an agreement binds at least two." },
        { "no party", "Agreement GG-SH-2025 names 0 parties; an agreement binds at least two." },
        { "a party twice", "Agreement GG-SH-2025 names 上海市 (CN-SH) as a party more than once; *" },
        { "a signatory for no party", "Agreement GG-SH-2025: the signatory Yin Yong speaks for 北京市 (CN-BJ), which is not one of its parties." },
        { "a contact person for no party", "Agreement GG-SH-2025: the contact person Someone speaks for 北京市 (CN-BJ), which is not one of its parties." },
        { "a negative term", "Agreement GG-SH-2025 cannot run for P-3Y: *" },
        { "a ceremony with no place", "Agreement GG-SH-2025: its ceremony at 2025-09-25T10:00:00 Asia/Shanghai* has no signing place whose zone it could be in." },
        { "a ceremony in another zone", "Agreement GG-SH-2025: its ceremony is in the zone Asia/Seoul, but it was signed in 上海市 (CN-SH), whose zone is Asia/Shanghai." },
        { "a ceremony on another day", "Agreement GG-SH-2025: its ceremony is on 2025-09-24, but it was signed on 2025-09-25." },
        { "a second signing", "Agreement GG-SH-2025 is already signed; *" },
        { "an event of an unsigned proposal", "Agreement GG-SH-2025 is not signed yet: *" },
        { "an event before the signing", "Agreement GG-SH-2025: an event on 2025-09-24 cannot come before its signing on 2025-09-25." },
        { "a signing before the proposal", "Agreement GG-SH-2025: an event on 2025-09-24 cannot follow the proposed of 2025-09-25, which came after it." },
        { "a termination by no party", "Agreement GG-SH-2025 cannot be terminated by 北京市 (CN-BJ), which is not one of its parties." },
        { "a supersession by itself", "Agreement GG-SH-2025 cannot be superseded by itself." },
        { "an event after the termination", "Agreement GG-SH-2025 is terminated: no act can follow its end (an earlier event learned late can be recorded at its day)." },
        { "a termination by a party that withdrew", "Agreement GG-SH-2025 cannot be terminated by 北京市 (CN-BJ), which withdrew from it before." },
        { "a withdrawal by no party", "天津市 (CN-TJ) cannot withdraw from agreement GG-SH-2025: it is not a party." },
        { "a second withdrawal", "北京市 (CN-BJ) cannot withdraw from agreement GG-SH-2025: it has already withdrawn." },
        { "a withdrawal from two parties", "Agreement GG-SH-2025 binds only two parties: one of them leaving ends it; record a termination by that party instead." },
        { "a retracted signing", "Agreement GG-SH-2025: its signed cannot be retracted; remove the agreement recorded in error instead." },
        { "a shallower upgrade", "Agreement GG-SH-2025 cannot be upgraded from CooperationMemorandum to LetterOfIntent, which is not deeper." },
        { "a second suspension", "Agreement GG-SH-2025 cannot be suspended: it is already suspended." },
        { "a suspension before entry into force", "Agreement GG-SH-2025 cannot be suspended: it has not entered into force." },
        { "a suspension after expiry", "Agreement GG-SH-2025 cannot be suspended: its term has run out by 2028-09-25." },
        { "a resumption of what runs", "Agreement GG-SH-2025 cannot be resumed: it is not suspended." },
        { "a renewal before entry into force", "Agreement GG-SH-2025 cannot be renewed: it has not entered into force." },
        { "a second entry into force", "Agreement GG-SH-2025 is not awaiting entry into force: *" },
        { "an approval before the proposal", "Agreement GG-SH-2025: an approval on 2025-09-24 cannot come before the agreement was proposed; it approves a proposal." },
        { "an approval after the signing", "Agreement GG-SH-2025: an approval on 2025-09-26 cannot follow the signing; it is given to a proposal, before it is signed." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_refusal_names_the_agreement_and_the_value_that_broke_the_rule(string refusal, string message)
    {
        var act = Refused(refusal);

        act.Should().Throw<DomainRuleException>().WithMessage(message).Which.SubjectId.Should().Be(Id.Value);
    }

    private static Action Refused(string refusal) => refusal switch
    {
        "one party" => () => Sign(SigningDetails.None, Seed.Gyeonggi),
        "no party" => () => Agreement.Sign(Id, AgreementKind.CooperationMemorandum, Array.Empty<Party>(), SigningDay),
        "a party twice" => () => Sign(SigningDetails.None, Seed.Gyeonggi, Seed.Shanghai, Seed.Shanghai),
        "a signatory for no party" => () => Sign(new SigningDetails { Signatories = [new Signatory("Yin Yong", "Mayor", Seed.Beijing)] }),
        "a contact person for no party" => () => Mou().AddContactPerson(new ContactPerson("Someone", Seed.Beijing)),
        "a negative term" => () => Sign(new SigningDetails { Term = new AgreementTerm(Period.FromYears(-3)) }),
        "a ceremony with no place" => () => Sign(new SigningDetails { Ceremony = Ceremony(Seed.Shanghai, SigningDay) }),
        "a ceremony in another zone" => () => Sign(new SigningDetails { Place = Seed.Shanghai, Ceremony = Ceremony(Seed.Gyeonggi, SigningDay) }),
        "a ceremony on another day" => () => Sign(new SigningDetails { Place = Seed.Shanghai, Ceremony = Ceremony(Seed.Shanghai, SigningDay.PlusDays(-1)) }),
        "a second signing" => () => Mou().Sign(SigningDay, SigningDetails.None),
        "an event of an unsigned proposal" => () => Agreement.Propose(Id, AgreementKind.CooperationMemorandum, [Seed.Gyeonggi, Seed.Shanghai], SigningDay)
            .Resume(SigningDay),
        "an event before the signing" => () => Mou().Suspend(SigningDay.PlusDays(-1), SuspensionReason.Other),
        "a signing before the proposal" => () => Agreement.Propose(Id, AgreementKind.CooperationMemorandum, [Seed.Gyeonggi, Seed.Shanghai], SigningDay)
            .Sign(SigningDay.PlusDays(-1), SigningDetails.None),
        "a termination by no party" => () => Mou().Terminate(new LocalDate(2026, 1, 1), Seed.Beijing, "political"),
        "a supersession by itself" => () => Mou().Supersede(new LocalDate(2026, 1, 1), Id),
        "an event after the termination" => () => Terminated().Resume(new LocalDate(2026, 6, 1)),
        "a termination by a party that withdrew" => () => WithoutBeijing().Terminate(new LocalDate(2026, 6, 1), Seed.Beijing, "left"),
        "a withdrawal by no party" => () => Mou().Withdraw(new LocalDate(2026, 1, 1), Seed.Tianjin, "left"),
        "a second withdrawal" => () => WithoutBeijing().Withdraw(new LocalDate(2026, 6, 1), Seed.Beijing, "left"),
        "a withdrawal from two parties" => () => Mou().Withdraw(new LocalDate(2026, 1, 1), Seed.Shanghai, "left"),
        "a retracted signing" => () => Mou().Retract(Mou().History[0], "wrong"),
        "a shallower upgrade" => () => Mou().Upgrade(new LocalDate(2026, 1, 1), AgreementKind.LetterOfIntent),
        "a second suspension" => () => Suspended(new LocalDate(2026, 3, 1)).Suspend(new LocalDate(2026, 4, 1), SuspensionReason.Other),
        "a suspension before entry into force" => () => Sign(new SigningDetails { EntersIntoForceOnSigning = false })
            .Suspend(new LocalDate(2026, 1, 1), SuspensionReason.Other),
        "a suspension after expiry" => () => Mou().Suspend(new LocalDate(2028, 9, 25), SuspensionReason.Other),
        "a resumption of what runs" => () => Mou().Resume(new LocalDate(2026, 1, 1)),
        "a renewal before entry into force" => () => Sign(new SigningDetails { EntersIntoForceOnSigning = false })
            .Renew(new LocalDate(2026, 1, 1), AgreementTerm.OfYears(3)),
        "a second entry into force" => () => Mou().EnterIntoForce(new LocalDate(2026, 1, 1)),
        "an approval before the proposal" => () => Agreement.Propose(Id, AgreementKind.SisterCity, [Seed.Gyeonggi, Seed.Shanghai], SigningDay)
            .Approve(SigningDay.PlusDays(-1), "경기도의회"),
        "an approval after the signing" => () => Mou().Approve(SigningDay.PlusDays(1), "경기도의회"),
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, "No such refusal in this table."),
    };

    private static Agreement Sign(SigningDetails details, params Region[] parties) => Agreement.Sign(
        Id,
        AgreementKind.CooperationMemorandum,
        (parties.Length == 0 ? [Seed.Gyeonggi, Seed.Shanghai] : parties).Select(Party.FromRegion),
        SigningDay,
        details);

    private static Agreement Mou() => Sign(new SigningDetails { Term = AgreementTerm.OfYears(3) });

    private static Agreement Suspended(LocalDate on)
    {
        var mou = Mou();
        mou.Suspend(on, SuspensionReason.Pandemic);
        return mou;
    }

    private static Agreement Terminated()
    {
        var mou = Mou();
        mou.Terminate(new LocalDate(2026, 1, 1), Seed.Shanghai, "political");
        return mou;
    }

    private static Agreement WithoutBeijing()
    {
        var tie = Sign(SigningDetails.None, Seed.Gyeonggi, Seed.Shanghai, Seed.Beijing);
        tie.Withdraw(new LocalDate(2026, 1, 1), Seed.Beijing, "left");
        return tie;
    }

    private static ZonedDateTime Ceremony(Region zoneOf, LocalDate day) => day.At(new LocalTime(10, 0)).InZoneStrictly(zoneOf.TimeZone);
}
