using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>A visitor of agreement events is called, for each event of a history, at the method for the event's own type; nothing else is visited.</summary>
public sealed class EventVisitorRules
{
    private static readonly AgreementId Tie = new("GG-SH-2025");

    [Theory]
    [MemberData(nameof(EveryAgreementEvent.Names), MemberType = typeof(EveryAgreementEvent))]
    public void Every_event_type_of_the_core_is_visited_at_the_method_for_its_own_type(string type)
    {
        var change = EveryAgreementEvent.Of(type, Tie, Seed.Shanghai);

        change.Accept(new VisitedType()).Should().Be(change.GetType());
    }

    [Fact]
    public void A_retraction_is_not_visited_since_it_is_no_entry_of_a_history()
    {
        var retraction = new AgreementEventRetracted(Tie, new AgreementResumed(Tie, PartialDate.Parse("2026-01-01")), "recorded in error");

        FluentActions.Invoking(() => retraction.Accept(new VisitedType())).Should().Throw<ArgumentException>()
            .WithMessage("*GG-SH-2025*only lifecycle events*").Which.ParamName.Should().Be("change");
    }

    [Fact]
    public void An_event_of_a_type_the_core_does_not_define_is_not_visited()
    {
        FluentActions.Invoking(() => new Rumoured(Tie, PartialDate.Parse("2026-01-01")).Accept(new VisitedType())).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Visiting_nothing_or_with_no_visitor_is_refused()
    {
        var change = new AgreementResumed(Tie, PartialDate.Parse("2026-01-01"));

        FluentActions.Invoking(() => ((IAgreementEvent)null!).Accept(new VisitedType())).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("change");
        FluentActions.Invoking(() => change.Accept<Type>(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("visitor");
    }

    private sealed record Rumoured(AgreementId AgreementId, PartialDate OccurredOn) : IAgreementEvent;

    /// <summary>The type each method is declared for, so that a dispatch to the wrong method shows.</summary>
    private sealed class VisitedType : IAgreementEventVisitor<Type>
    {
        public Type Visit(AgreementProposed change) => typeof(AgreementProposed);

        public Type Visit(AgreementApproved change) => typeof(AgreementApproved);

        public Type Visit(AgreementSigned change) => typeof(AgreementSigned);

        public Type Visit(AgreementEnteredIntoForce change) => typeof(AgreementEnteredIntoForce);

        public Type Visit(AgreementSuspended change) => typeof(AgreementSuspended);

        public Type Visit(AgreementResumed change) => typeof(AgreementResumed);

        public Type Visit(AgreementRenewed change) => typeof(AgreementRenewed);

        public Type Visit(AgreementUpgraded change) => typeof(AgreementUpgraded);

        public Type Visit(AgreementTerminated change) => typeof(AgreementTerminated);

        public Type Visit(AgreementSuperseded change) => typeof(AgreementSuperseded);

        public Type Visit(AgreementPartyWithdrew change) => typeof(AgreementPartyWithdrew);
    }
}
