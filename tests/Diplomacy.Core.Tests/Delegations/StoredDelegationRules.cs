using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>A stored delegation that breaks a rule is refused on rebuild with the rule its command would have named; malformed facts are refused as such.</summary>
public sealed class StoredDelegationRules
{
    private static readonly LocalDateTime InShanghai = At(2025, 9, 24, 10, 0);

    private static readonly Dictionary<string, DelegationFacts> Broken = new()
    {
        ["the head twice"] = Visit() with { Members = [Governor, Governor] },
        ["an organization twice"] = Visit() with { Organizations = [new Organization("Gyeonggi AI Leaders"), new Organization("GYEONGGI AI LEADERS")] },
        ["visitors from inside the home"] = Return() with { Origin = Seed.Suwon },
        ["a return visit stopping abroad"] = Return() with { Stops = [Stop(Seed.Shanghai, At(2025, 11, 10, 12, 0), At(2025, 11, 11, 12, 0))] },
        ["a trip out stopping at home"] = Visit() with { Stops = [Stop(Seed.Suwon, At(2025, 9, 22, 12, 0), At(2025, 9, 23, 12, 0))] },
        ["a stop outside the trip"] = Visit() with { Stops = [Stop(Seed.Shanghai, At(2025, 9, 26, 12, 0), At(2025, 9, 28, 12, 0))] },
        ["stops that overlap"] = Visit() with
        {
            Stops = [Stop(Seed.Shanghai, At(2025, 9, 23, 12, 0), At(2025, 9, 25, 12, 0)), Stop(Seed.Tianjin, At(2025, 9, 24, 12, 0), At(2025, 9, 25, 18, 0))],
        },
        ["an engagement outside its stop"] = Visit() with { Stops = [Stop(Seed.Shanghai, At(2025, 9, 23, 12, 0), At(2025, 9, 24, 12, 0), new EventParticipation(At(2025, 9, 25, 10, 0), "Expo"))] },
        ["a signing on another day than its agreement's"] = Visit() with
        {
            Stops = [Stop(Seed.Shanghai, At(2025, 9, 23, 12, 0), At(2025, 9, 25, 12, 0), new Signing(InShanghai, A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2025, 9, 25)))],
        },
        ["a commitment owed to oneself"] = Visit() with { Commitments = [Promise(Seed.Gyeonggi, Seed.Gyeonggi)] },
        ["a commitment settled before the trip"] = Visit() with { Commitments = [Promise(Seed.Gyeonggi, Seed.Shanghai) with { Status = CommitmentStatus.Done, SettledOn = new LocalDate(2025, 9, 21) }] },
    };

    private static readonly Dictionary<string, DelegationFacts> Malformed = new()
    {
        ["no members"] = Visit() with { Members = [] },
        ["a trip out with an origin"] = Visit() with { Origin = Seed.Shanghai },
        ["a return visit with no origin"] = Return() with { Origin = null },
        ["an undefined direction"] = Visit() with { Direction = (DelegationDirection)7 },
        ["a trip that ends before it starts"] = Visit() with { End = At(2025, 9, 21, 9, 0) },
        ["stops out of order"] = Visit() with
        {
            Stops = [Stop(Seed.Tianjin, At(2025, 9, 24, 12, 0), At(2025, 9, 25, 12, 0)), Stop(Seed.Shanghai, At(2025, 9, 22, 18, 0), At(2025, 9, 23, 12, 0))],
        },
        ["an open commitment with a settling day"] = Visit() with { Commitments = [Promise(Seed.Gyeonggi, Seed.Shanghai) with { SettledOn = new LocalDate(2025, 10, 1) }] },
        ["an open commitment with a reason"] = Visit() with { Commitments = [Promise(Seed.Gyeonggi, Seed.Shanghai) with { DropReason = "why" }] },
        ["a done commitment without a day"] = Visit() with { Commitments = [Promise(Seed.Gyeonggi, Seed.Shanghai) with { Status = CommitmentStatus.Done }] },
        ["a done commitment with a reason"] = Visit() with
        {
            Commitments = [Promise(Seed.Gyeonggi, Seed.Shanghai) with { Status = CommitmentStatus.Done, SettledOn = new LocalDate(2025, 10, 1), DropReason = "why" }],
        },
        ["a dropped commitment without a reason"] = Visit() with { Commitments = [Promise(Seed.Gyeonggi, Seed.Shanghai) with { Status = CommitmentStatus.Dropped, SettledOn = new LocalDate(2025, 10, 1) }] },
        ["a dropped commitment without a day"] = Visit() with { Commitments = [Promise(Seed.Gyeonggi, Seed.Shanghai) with { Status = CommitmentStatus.Dropped, DropReason = "why" }] },
        ["an undefined commitment status"] = Visit() with { Commitments = [Promise(Seed.Gyeonggi, Seed.Shanghai) with { Status = (CommitmentStatus)9 }] },
    };

    public static TheoryData<string, DomainRule> BrokenCases { get; } = new()
    {
        { "the head twice", DomainRule.DelegationMemberMustBeUnique },
        { "an organization twice", DomainRule.DelegationOrganizationMustBeUnique },
        { "visitors from inside the home", DomainRule.InboundDelegationOriginMustLieOutsideHome },
        { "a return visit stopping abroad", DomainRule.InboundDelegationStopMustLieWithinHome },
        { "a trip out stopping at home", DomainRule.OutboundDelegationStopMustLieOutsideHome },
        { "a stop outside the trip", DomainRule.DelegationStopMustLieWithinTrip },
        { "stops that overlap", DomainRule.DelegationStopsMustNotOverlap },
        { "an engagement outside its stop", DomainRule.EngagementMustFallWithinAStop },
        { "a signing on another day than its agreement's", DomainRule.SigningMustMatchItsAgreement },
        { "a commitment owed to oneself", DomainRule.CommitmentPartiesMustDiffer },
        { "a commitment settled before the trip", DomainRule.CommitmentCannotBeSettledBeforeTheTrip },
    };

    public static TheoryData<string> MalformedCases { get; } = [.. Malformed.Keys];

    [Fact]
    public void The_stored_delegations_the_tables_break_are_valid_without_the_break()
    {
        Delegation.Rebuild(Visit() with { Stops = [Stop(Seed.Shanghai, At(2025, 9, 23, 12, 0), At(2025, 9, 25, 12, 0), new EventParticipation(InShanghai, "Expo"))] })
            .Stops.Single().Engagements.Should().ContainSingle();
        Delegation.Rebuild(Return()).Origin.Should().Be(Seed.Shanghai);
    }

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public void A_stored_delegation_that_breaks_a_rule_is_refused_with_that_rule(string breaking, DomainRule rule)
    {
        var facts = Broken[breaking];

        FluentActions.Invoking(() => Delegation.Rebuild(facts)).Should().Throw<DomainRuleException>().Which.Rule.Should().Be(rule);
    }

    [Theory]
    [MemberData(nameof(MalformedCases))]
    public void A_stored_delegation_no_command_could_have_left_is_refused_as_malformed(string malformed)
    {
        var facts = Malformed[malformed];

        FluentActions.Invoking(() => Delegation.Rebuild(facts)).Should().Throw<ArgumentException>().Which.Should().NotBeOfType<ArgumentNullException>();
    }

    [Theory]
    [InlineData("stops out of order", "*GG-2025-CN*stored stop #1*order of arrival*")]
    [InlineData("a done commitment with a reason", "*GG-2025-CN#1 is Done*a done one a day*")]
    public void A_refusal_of_a_stored_delegation_says_what_is_wrong_and_where(string malformed, string message)
    {
        FluentActions.Invoking(() => Delegation.Rebuild(Malformed[malformed])).Should().Throw<ArgumentException>().WithMessage(message);
    }

    [Fact]
    public void Rebuilding_a_delegation_from_no_facts_is_refused()
    {
        FluentActions.Invoking(() => Delegation.Rebuild(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("facts");
    }

    [Fact]
    public void Delegation_facts_are_equal_when_every_member_and_every_item_is()
    {
        var facts = Visit() with { Stops = [Stop(Seed.Shanghai, At(2025, 9, 23, 12, 0), At(2025, 9, 25, 12, 0), new EventParticipation(InShanghai, "Expo"))] };
        var same = Visit() with { Stops = [Stop(Seed.Shanghai, At(2025, 9, 23, 12, 0), At(2025, 9, 25, 12, 0), new EventParticipation(InShanghai, "Expo"))] };

        facts.Should().Be(same);
        facts.GetHashCode().Should().Be(same.GetHashCode());
        facts.Stops[0].GetHashCode().Should().Be(same.Stops[0].GetHashCode());
        facts.Should().NotBe(same with { Stops = [same.Stops[0] with { Engagements = [] }] });
        facts.Should().NotBe(same with { Stops = [same.Stops[0] with { Departure = At(2025, 9, 25, 13, 0) }] });
        facts.Should().NotBe(same with { Purpose = "Another" });
        facts.Should().NotBe(same with { Origin = Seed.Shanghai });
        facts.Equals(null).Should().BeFalse();
        same.Stops[0].Equals(null).Should().BeFalse();
    }

    [Theory]
    [InlineData("Id")]
    [InlineData("Direction")]
    [InlineData("Home")]
    [InlineData("Start")]
    [InlineData("End")]
    [InlineData("Members")]
    [InlineData("Organizations")]
    [InlineData("Commitments")]
    [InlineData("Place")]
    [InlineData("Arrival")]
    public void Delegation_facts_that_differ_in_one_member_are_not_equal(string member)
    {
        var facts = Visit() with { Stops = [Stop(Seed.Shanghai, At(2025, 9, 23, 12, 0), At(2025, 9, 25, 12, 0))] };

        var other = member switch
        {
            "Id" => facts with { Id = new DelegationId("OTHER") },
            "Direction" => facts with { Direction = DelegationDirection.Inbound },
            "Home" => facts with { Home = Seed.Suwon },
            "Start" => facts with { Start = At(2025, 9, 22, 10, 0) },
            "End" => facts with { End = At(2025, 9, 26, 15, 0) },
            "Members" => facts with { Members = [] },
            "Organizations" => facts with { Organizations = [new Organization("Gyeonggi AI Leaders")] },
            "Commitments" => facts with { Commitments = [Promise(Seed.Gyeonggi, Seed.Shanghai)] },
            "Place" => facts with { Stops = [facts.Stops[0] with { Place = Seed.Tianjin }] },
            _ => facts with { Stops = [facts.Stops[0] with { Arrival = At(2025, 9, 23, 13, 0) }] },
        };

        other.Should().NotBe(facts);
    }

    [Fact]
    public void Delegation_facts_refuse_a_missing_region_or_text_by_the_member_name()
    {
        FluentActions.Invoking(() => Visit() with { Home = null! }).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("Home");
        FluentActions.Invoking(() => Visit() with { Purpose = null! }).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("Purpose");
        FluentActions.Invoking(() => Stop(null!, InShanghai, InShanghai)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("Place");
        FluentActions.Invoking(() => Promise(null!, Seed.Shanghai)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("OwedBy");
        FluentActions.Invoking(() => Promise(Seed.Gyeonggi, null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("OwedTo");
        FluentActions.Invoking(() => Promise(Seed.Gyeonggi, Seed.Shanghai) with { What = null! }).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("What");
    }

    internal static DelegationFacts Visit() => GyeonggiToChina().ToFacts();

    internal static DelegationFacts Return() => ShanghaiToGyeonggi().ToFacts();

    internal static ItineraryStopFacts Stop(Region place, LocalDateTime arrival, LocalDateTime departure, params Engagement[] engagements) =>
        new() { Place = place, Arrival = arrival, Departure = departure, Engagements = engagements };

    internal static CommitmentFacts Promise(Region owedBy, Region owedTo) =>
        new() { OwedBy = owedBy, OwedTo = owedTo, What = "Send an invitation", Due = new LocalDate(2025, 11, 1) };
}
