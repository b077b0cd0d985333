using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>A stored history that breaks a rule is refused on rebuild with the rule its command would have named, and no agreement comes back.</summary>
public sealed class StoredHistoryRules
{
    private static readonly AgreementId Id = new("GG-SH-2025");
    private static readonly LocalDate Signed = new(2025, 9, 25);

    private static readonly Dictionary<string, AgreementFacts> Broken = new()
    {
        ["one party"] = Mou() with { Parties = [Seed.Gyeonggi] },
        ["a party twice"] = Mou() with { Parties = [Seed.Gyeonggi, new Party(Seed.Gyeonggi, "Gyeonggi Business & Science Accelerator")] },
        ["a signatory for no party"] = Mou() with { Signatories = [new Signatory("Yin Yong", "Mayor", Seed.Beijing)] },
        ["a contact person for no party"] = Mou() with { ContactPersons = [new ContactPerson("Yin Yong", Seed.Beijing)] },
        ["a term of no length"] = Mou(term: new AgreementTerm(Period.Zero)),
        ["a renewal of no length"] = Mou() with { History = [Signing(), new AgreementRenewed(Id, Day(2027, 1, 1), new AgreementTerm(Period.FromYears(-1)))] },
        ["a ceremony on another day"] = Mou() with { Ceremony = new LocalDateTime(2025, 9, 26, 15, 0).InZoneStrictly(Seed.Shanghai.TimeZone) },
        ["a signing before its proposal"] = Mou() with { History = [new AgreementProposed(Id, Day(2026, 1, 1), AgreementKind.CooperationMemorandum), Signing()] },
        ["a suspension first"] = Mou() with { History = [Suspension(2026, 1, 1), Signing()] },
        ["a suspension of a proposal"] = Proposal() with { History = [new AgreementProposed(Id, Day(2025, 1, 1), AgreementKind.CooperationMemorandum), Suspension(2025, 2, 1)] },
        ["a suspension before the signing"] = Mou() with { History = [Signing(), Suspension(2025, 1, 1)] },
        ["two signings"] = Mou() with { History = [new AgreementProposed(Id, Day(2025, 1, 1), AgreementKind.CooperationMemorandum), Signing(), Signing()] },
        ["an entry into force not awaited"] = Mou() with { History = [Signing(), new AgreementEnteredIntoForce(Id, Day(2025, 10, 1))] },
        ["two suspensions"] = Mou() with { History = [Signing(), Suspension(2026, 1, 1), Suspension(2026, 2, 1)] },
        ["a resumption of what is not suspended"] = Mou() with { History = [Signing(), new AgreementResumed(Id, Day(2026, 1, 1))] },
        ["a renewal before entry into force"] = Mou(inForceOnSigning: false) with { History = [Signing(inForceOnSigning: false), new AgreementRenewed(Id, Day(2026, 1, 1), AgreementTerm.OfYears(3))] },
        ["an upgrade that is not deeper"] = Mou() with { History = [Signing(), new AgreementUpgraded(Id, Day(2026, 1, 1), AgreementKind.CooperationMemorandum, AgreementKind.LetterOfIntent)] },
        ["an act after the end"] = Mou() with { History = [Signing(), new AgreementTerminated(Id, Day(2026, 1, 1), Seed.Shanghai, "ended"), Suspension(2026, 2, 1)] },
        ["a termination by no party"] = Mou() with { History = [Signing(), new AgreementTerminated(Id, Day(2026, 1, 1), Seed.Beijing, "ended")] },
        ["a supersession by itself"] = Mou() with { History = [Signing(), new AgreementSuperseded(Id, Day(2026, 1, 1), Id)] },
        ["a withdrawal of no party"] = Trilateral() with { History = [Signing(), new AgreementPartyWithdrew(Id, Day(2026, 1, 1), Seed.Beijing, "left")] },
        ["a withdrawal leaving one party bound"] = Mou() with { History = [Signing(), new AgreementPartyWithdrew(Id, Day(2026, 1, 1), Seed.Gyeonggi, "left")] },
        ["a retracted signing"] = Mou() with { Retractions = [new AgreementEventRetracted(Id, Signing(), "wrong")] },
    };

    public static TheoryData<string, DomainRule> Cases { get; } = new()
    {
        { "one party", DomainRule.AgreementNeedsAtLeastTwoParties },
        { "a party twice", DomainRule.AgreementPartiesMustBeDistinct },
        { "a signatory for no party", DomainRule.AgreementPersonMustRepresentAParty },
        { "a contact person for no party", DomainRule.AgreementPersonMustRepresentAParty },
        { "a term of no length", DomainRule.AgreementTermMustBePositive },
        { "a renewal of no length", DomainRule.AgreementTermMustBePositive },
        { "a ceremony on another day", DomainRule.CeremonyMustBeAtTheSigning },
        { "a signing before its proposal", DomainRule.AgreementEventsMustBeInOrder },
        { "a suspension first", DomainRule.AgreementEventCannotPrecedeSigning },
        { "a suspension of a proposal", DomainRule.AgreementEventCannotPrecedeSigning },
        { "a suspension before the signing", DomainRule.AgreementEventCannotPrecedeSigning },
        { "two signings", DomainRule.AgreementIsSignedOnce },
        { "an entry into force not awaited", DomainRule.EntryIntoForceMustBeAwaited },
        { "two suspensions", DomainRule.SuspendOnlyAnAgreementInForce },
        { "a resumption of what is not suspended", DomainRule.ResumeOnlyASuspendedAgreement },
        { "a renewal before entry into force", DomainRule.RenewOnlyAnAgreementThatEnteredIntoForce },
        { "an upgrade that is not deeper", DomainRule.UpgradeMustBeDeeper },
        { "an act after the end", DomainRule.EndedAgreementIsFinal },
        { "a termination by no party", DomainRule.TerminatingPartyMustBeAParty },
        { "a supersession by itself", DomainRule.AgreementCannotSupersedeItself },
        { "a withdrawal of no party", DomainRule.WithdrawingRegionMustBeABoundParty },
        { "a withdrawal leaving one party bound", DomainRule.WithdrawalMustLeaveTwoBoundParties },
        { "a retracted signing", DomainRule.AgreementSigningCannotBeRetracted },
    };

    [Fact]
    public void The_stored_facts_the_table_breaks_are_valid_without_the_break()
    {
        Agreement.Rebuild(Mou()).StatusOn(Signed).Should().Be(AgreementStatus.InForce);
        Agreement.Rebuild(Trilateral()).Parties.Should().HaveCount(3);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_stored_history_that_breaks_a_rule_is_refused_with_that_rule(string breaking, DomainRule rule)
    {
        var facts = Broken[breaking];

        var refusal = FluentActions.Invoking(() => Agreement.Rebuild(facts)).Should().Throw<DomainRuleException>().Which;

        refusal.Rule.Should().Be(rule);
        refusal.SubjectId.Should().Be(Id.Value);
    }

    [Fact]
    public void A_stored_history_is_refused_with_the_rule_its_command_names()
    {
        var mou = Agreement.Rebuild(Mou());
        var commandRefusal = FluentActions.Invoking(() => mou.Resume(Day(2026, 1, 1))).Should().Throw<DomainRuleException>().Which;

        var rebuildRefusal = FluentActions.Invoking(() => Agreement.Rebuild(Broken["a resumption of what is not suspended"])).Should().Throw<DomainRuleException>().Which;

        rebuildRefusal.Rule.Should().Be(commandRefusal.Rule);
        rebuildRefusal.Message.Should().Be(commandRefusal.Message);
    }

    internal static AgreementFacts Mou(AgreementTerm? term = null, bool inForceOnSigning = true) => new()
    {
        Id = Id,
        Title = "Gyeonggi Province–Shanghai Friendly Cooperation MOU",
        Parties = [Seed.Gyeonggi, Seed.Shanghai],
        History = [Signing(term, inForceOnSigning)],
        Ceremony = new LocalDateTime(2025, 9, 25, 15, 0).InZoneStrictly(Seed.Shanghai.TimeZone),
        Signatories = [new Signatory("Kim Dong-yeon", "Governor", Seed.Gyeonggi), new Signatory("Gong Zheng", "Mayor", Seed.Shanghai)],
    };

    internal static AgreementFacts Proposal() => Mou() with
    {
        History = [new AgreementProposed(Id, Day(2025, 1, 1), AgreementKind.CooperationMemorandum)],
        Ceremony = null,
        Signatories = [],
    };

    internal static AgreementFacts Trilateral() => Mou() with { Parties = [Seed.Gyeonggi, Seed.Shanghai, Seed.Tianjin] };

    internal static AgreementSigned Signing(AgreementTerm? term = null, bool inForceOnSigning = true) =>
        new(Id, Signed, AgreementKind.CooperationMemorandum, Seed.Shanghai, term ?? AgreementTerm.OfYears(3), inForceOnSigning);

    internal static AgreementSuspended Suspension(int year, int month, int day) => new(Id, Day(year, month, day), SuspensionReason.Pandemic, null);

    internal static PartialDate Day(int year, int month, int day) => new LocalDate(year, month, day);
}
