using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Agreements.StoredHistoryRules;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>Stored facts that no command could have left are malformed: refused with an <see cref="ArgumentException"/> that says what is wrong, and no agreement comes back.</summary>
public sealed class StoredFactsRefusals
{
    private static readonly AgreementId Other = new("GG-BJ-2025");

    private static readonly Dictionary<string, AgreementFacts> Malformed = new()
    {
        ["an empty history"] = Mou() with { History = [] },
        ["an event of another agreement"] = Mou() with { History = [Signing(), new AgreementResumed(Other, Day(2026, 1, 1))] },
        ["a retraction as an event"] = Mou() with { History = [Signing(), new AgreementEventRetracted(Mou().Id, Suspension(2026, 1, 1), "wrong")] },
        ["a second proposal"] = Proposal() with { History = [.. Proposal().History, new AgreementProposed(Mou().Id, Day(2025, 2, 1), AgreementKind.SisterCity)] },
        ["an event of an unknown type"] = Mou() with { History = [Signing(), new Rumoured(Mou().Id, Day(2026, 1, 1))] },
        ["events out of the order their commands record"] = Mou() with { History = [Signing(), Suspension(2026, 5, 1), new AgreementRenewed(Mou().Id, Day(2026, 1, 1), AgreementTerm.OfYears(3))] },
        ["an upgrade from a kind it does not follow"] = Mou() with { History = [Signing(), new AgreementUpgraded(Mou().Id, Day(2026, 1, 1), AgreementKind.LetterOfIntent, AgreementKind.SisterCity)] },
        ["a reason its command would have trimmed"] = Mou() with { History = [Signing(), new AgreementSuspended(Mou().Id, Day(2026, 1, 1), SuspensionReason.Pandemic, " COVID-19 ")] },
        ["a retraction of another agreement"] = Mou() with { Retractions = [new AgreementEventRetracted(Other, Suspension(2026, 1, 1), "wrong")] },
        ["a retracted event of another agreement"] = Mou() with { Retractions = [new AgreementEventRetracted(Mou().Id, new AgreementResumed(Other, Day(2026, 1, 1)), "wrong")] },
        ["a retraction without a reason"] = Mou() with { Retractions = [new AgreementEventRetracted(Mou().Id, Suspension(2026, 1, 1), " ")] },
        ["a retraction of a retraction"] = Mou() with
        {
            Retractions = [new AgreementEventRetracted(Mou().Id, new AgreementEventRetracted(Mou().Id, Suspension(2026, 1, 1), "wrong"), "wrong")],
        },
        ["a ceremony without a signing"] = Proposal() with { Ceremony = Mou().Ceremony },
        ["signatories without a signing"] = Proposal() with { Signatories = Mou().Signatories },
        ["a source of an event never recorded"] = Mou() with { EventSources = [new AgreementEventSource(Suspension(2026, 1, 1), SourceReference.FromCitation("Gazette"))] },
    };

    public static TheoryData<string> Cases { get; } = [.. Malformed.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Stored_facts_no_command_could_have_left_are_refused_as_malformed(string malformed)
    {
        var facts = Malformed[malformed];

        FluentActions.Invoking(() => Agreement.Rebuild(facts)).Should().Throw<ArgumentException>()
            .Which.Should().NotBeOfType<ArgumentNullException>();
    }

    [Theory]
    [InlineData("an empty history", "*GG-SH-2025*starts with the proposal or signing*empty*")]
    [InlineData("an event of another agreement", "*GG-SH-2025*stored event*belongs to agreement GG-BJ-2025*")]
    [InlineData("a retraction of another agreement", "*GG-SH-2025*stored retraction*belongs to agreement GG-BJ-2025*")]
    [InlineData("a retracted event of another agreement", "*GG-SH-2025*stored retracted event*belongs to agreement GG-BJ-2025*")]
    [InlineData("a retraction without a reason", "*GG-SH-2025: the retraction of*has no reason*")]
    [InlineData("an event of an unknown type", "*GG-SH-2025*only lifecycle events*cannot be replayed*")]
    [InlineData("a second proposal", "*GG-SH-2025*one proposal, as its first event*cannot be replayed*")]
    [InlineData("events out of the order their commands record", "*GG-SH-2025*#2*keeps the order and the values the commands recorded*")]
    [InlineData("a retraction of a retraction", "*GG-SH-2025*not another retraction*")]
    [InlineData("a ceremony without a signing", "*GG-SH-2025 is only proposed*no signing ceremony or signatories*")]
    public void A_refusal_of_stored_facts_says_what_is_wrong_and_where(string malformed, string message)
    {
        FluentActions.Invoking(() => Agreement.Rebuild(Malformed[malformed])).Should().Throw<ArgumentException>().WithMessage(message);
    }

    [Fact]
    public void A_stored_history_that_does_not_start_with_its_proposal_or_signing_says_which_event_it_starts_with()
    {
        var facts = Mou() with { History = [Suspension(2026, 1, 1)] };

        FluentActions.Invoking(() => Agreement.Rebuild(facts)).Should().Throw<DomainRuleException>()
            .WithMessage("*GG-SH-2025*starts with the suspended of 2026-01-01, not with its proposal or signing*");
    }

    [Fact]
    public void A_refusal_of_stored_facts_names_the_agreement_and_the_event()
    {
        var facts = Malformed["events out of the order their commands record"];

        FluentActions.Invoking(() => Agreement.Rebuild(facts)).Should().Throw<ArgumentException>()
            .WithMessage("*GG-SH-2025*#2*")
            .Which.ParamName.Should().Be("facts");
    }

    [Fact]
    public void Rebuilding_from_no_facts_is_refused()
    {
        FluentActions.Invoking(() => Agreement.Rebuild(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("facts");
    }

    [Fact]
    public void Facts_refuse_a_missing_list_or_a_missing_item_by_the_member_name()
    {
        FluentActions.Invoking(() => Mou() with { Notes = null! }).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("Notes");
        FluentActions.Invoking(() => Mou() with { Sources = [null!] }).Should().Throw<ArgumentNullException>()
            .Which.Message.Should().Contain("Sources[0]");
    }

    [Fact]
    public void Facts_are_a_copy_that_a_caller_cannot_change_afterwards()
    {
        var notes = new List<string> { "first" };
        var facts = Mou() with { Notes = notes };

        notes.Add("second");

        facts.Notes.Should().Equal("first");
    }

    [Fact]
    public void Facts_are_equal_when_every_member_and_every_item_is()
    {
        var facts = Mou() with { Notes = ["a"] };

        facts.Should().Be(Mou() with { Notes = ["a"] });
        facts.GetHashCode().Should().Be((Mou() with { Notes = ["a"] }).GetHashCode());
        facts.Should().NotBe(Mou() with { Notes = ["b"] });
        facts.Should().NotBe(facts with { Title = null });
        facts.Should().NotBe(facts with { Ceremony = null });
        facts.Should().NotBe(facts with { Id = Other });
        facts.Equals(null).Should().BeFalse();
    }

    [Theory]
    [InlineData("Parties")]
    [InlineData("History")]
    [InlineData("Retractions")]
    [InlineData("Signatories")]
    [InlineData("Fields")]
    [InlineData("ContactPersons")]
    [InlineData("Sources")]
    [InlineData("EventSources")]
    public void Facts_that_differ_in_one_collection_are_not_equal(string member)
    {
        var facts = Mou();

        var other = member switch
        {
            "Parties" => facts with { Parties = [Seed.Gyeonggi, Seed.Beijing] },
            "History" => facts with { History = [Signing(), Suspension(2026, 1, 1)] },
            "Retractions" => facts with { Retractions = [new AgreementEventRetracted(facts.Id, Suspension(2026, 1, 1), "wrong")] },
            "Signatories" => facts with { Signatories = [] },
            "Fields" => facts with { Fields = [CooperationField.Trade] },
            "ContactPersons" => facts with { ContactPersons = [new ContactPerson("Park", Seed.Gyeonggi)] },
            "Sources" => facts with { Sources = [SourceReference.FromCitation("Gazette")] },
            _ => facts with { EventSources = [new AgreementEventSource(Signing(), SourceReference.FromCitation("Gazette"))] },
        };

        other.Should().NotBe(facts);
    }

    private sealed record Rumoured(AgreementId AgreementId, PartialDate OccurredOn) : IAgreementEvent;
}
