namespace Diplomacy.Core;

/// <summary>
/// The business rules of the library that a command can break. A <see cref="DomainRuleException"/>
/// carries one of these, so that a host app (and a test) can tell which rule broke without reading the
/// message text.
/// </summary>
/// <remarks>The numeric values are not part of the contract; persist the member name if you persist one.</remarks>
public enum DomainRule
{
    /// <summary>Two regions in one directory have the same key: the same id, ISO code (current or former) or Wikidata id.</summary>
    RegionKeyMustBeUnique,

    /// <summary>A region cannot be its own ancestor: no region in its parent chain may have its id.</summary>
    RegionCannotBeItsOwnAncestor,

    /// <summary>A region can only join a directory after its parent has joined it, so that every ancestor resolves.</summary>
    RegionParentMustBeKnown,

    /// <summary>A subdivision's ISO 3166-2 codes (current and former) must belong to the country the region lies in.</summary>
    SubdivisionCodeMustMatchCountry,

    /// <summary>A cohort has at least one member.</summary>
    CohortMustHaveMembers,

    /// <summary>A cohort holds each member once: no key, current or former, may belong to two members.</summary>
    CohortMemberMustBeUnique,

    /// <summary>An agreement binds at least two parties.</summary>
    AgreementNeedsAtLeastTwoParties,

    /// <summary>An agreement's parties are distinct regions: the same region cannot be a party twice, whatever agency signed for it.</summary>
    AgreementPartiesMustBeDistinct,

    /// <summary>A signatory or a contact person of an agreement speaks for one of its parties.</summary>
    AgreementPersonMustRepresentAParty,

    /// <summary>Only a party to an agreement that is still bound can terminate it: not a region outside it, nor a party that withdrew before.</summary>
    TerminatingPartyMustBeAParty,

    /// <summary>An agreement's term is a positive whole number of days, weeks, months or years.</summary>
    AgreementTermMustBePositive,

    /// <summary>A signing ceremony takes place at the signing: its local date is the (exactly known) signing date, and its zone is the signing place's zone.</summary>
    CeremonyMustBeAtTheSigning,

    /// <summary>
    /// An agreement's signing is not certainly before its proposal. Every other event is recorded at its day (see
    /// <see cref="Agreements.Agreement.EnterIntoForce"/>), so it never breaks this rule.
    /// </summary>
    AgreementEventsMustBeInOrder,

    /// <summary>Nothing but a proposal comes before an agreement's signing: no event is recorded on an unsigned agreement or dated certainly before its signing.</summary>
    AgreementEventCannotPrecedeSigning,

    /// <summary>An agreement is signed once; a later, deeper tie is an upgrade or a new agreement.</summary>
    AgreementIsSignedOnce,

    /// <summary>Only an agreement signed to enter into force later, and not yet in force, can enter into force.</summary>
    EntryIntoForceMustBeAwaited,

    /// <summary>Only an agreement in force (not awaiting entry into force, not already suspended, not certainly expired) can be suspended.</summary>
    SuspendOnlyAnAgreementInForce,

    /// <summary>Only a suspended agreement can be resumed.</summary>
    ResumeOnlyASuspendedAgreement,

    /// <summary>Only an agreement that has entered into force (in force, suspended or expired) can be renewed.</summary>
    RenewOnlyAnAgreementThatEnteredIntoForce,

    /// <summary>An upgrade moves an agreement to a strictly deeper kind (see <see cref="Agreements.AgreementKindDepth"/>).</summary>
    UpgradeMustBeDeeper,

    /// <summary>
    /// A terminated or superseded agreement is final: no act can follow its end. Facts about it (a source, a note, an event
    /// learned late that happened before the end) are still accepted.
    /// </summary>
    EndedAgreementIsFinal,

    /// <summary>An agreement cannot be superseded by itself.</summary>
    AgreementCannotSupersedeItself,

    /// <summary>A person is a member of a delegation once: the same name, title and role cannot be added twice.</summary>
    DelegationMemberMustBeUnique,

    /// <summary>An organization takes part in a delegation once: two organizations of one delegation have different names (ignoring case).</summary>
    DelegationOrganizationMustBeUnique,

    /// <summary>An inbound delegation comes from somewhere else: its origin is neither the home region nor a place inside it.</summary>
    InboundDelegationOriginMustLieOutsideHome,

    /// <summary>Every stop of an inbound delegation is in the home region or a place inside it.</summary>
    InboundDelegationStopMustLieWithinHome,

    /// <summary>Every stop of an outbound delegation is outside the home region: it is neither the home region nor a place inside it.</summary>
    OutboundDelegationStopMustLieOutsideHome,

    /// <summary>A stop lies inside the delegation's trip: it arrives no earlier and leaves no later than the trip's start and end, compared as instants.</summary>
    DelegationStopMustLieWithinTrip,

    /// <summary>Two stops of one delegation do not overlap in real time (compared as instants, not local clocks); one may begin at the instant the other ends.</summary>
    DelegationStopsMustNotOverlap,

    /// <summary>An engagement's local time falls within a stop of the delegation in the place it names (from the stop's arrival to its departure, inclusive).</summary>
    EngagementMustFallWithinAStop,

    /// <summary>A commitment is owed by one region to another: the region that owes it is not the region it is owed to.</summary>
    CommitmentPartiesMustDiffer,

    /// <summary>Only an open commitment can be done or dropped: a commitment already done or dropped stays as it was settled.</summary>
    CommitmentMustBeOpenToBeSettled,

    /// <summary>A commitment made on a visit cannot be done or dropped on a day before the trip began (its start's date in the home region).</summary>
    CommitmentCannotBeSettledBeforeTheTrip,

    /// <summary>A delegation log records a delegation once: no two recorded delegations have the same id.</summary>
    DelegationMustBeRecordedOnce,

    /// <summary>
    /// A signing on a visit that is linked to an agreement happens on a day the agreement's history allows for its
    /// signing, renewal or upgrade, and — for the signing itself — in the agreement's signing place or a place within it.
    /// </summary>
    SigningMustMatchItsAgreement,

    /// <summary>A register holds an agreement only when every party's region is in the register's directory, so that its ties can be indexed by region.</summary>
    AgreementPartyMustBeInRegister,

    /// <summary>A register holds an agreement once: no two agreements in one register have the same id (ignoring case, as region ids).</summary>
    AgreementMustBeRegisteredOnce,

    /// <summary>The signing or proposal that created an agreement is not retracted: an agreement recorded in error is removed whole.</summary>
    AgreementSigningCannotBeRetracted,

    /// <summary>Only a party still bound can withdraw from an agreement: not a region outside it, nor a party that already withdrew.</summary>
    WithdrawingRegionMustBeABoundParty,

    /// <summary>A withdrawal leaves at least two parties bound; when one of the last two leaves, the tie ends by termination.</summary>
    WithdrawalMustLeaveTwoBoundParties,

    /// <summary>
    /// A register holds one agreement of a kind between the same parties at a time: a second one whose time in force
    /// (possibly) overlaps the first's is refused, unless the caller adds it as distinct.
    /// </summary>
    AgreementMustNotDuplicateATie,

    /// <summary>
    /// An approval of an agreement (a council's, before a sister tie is signed) stands after its proposal and before its
    /// signing: it approves a proposal, so it is recorded on a proposed agreement and never dated after the signing.
    /// </summary>
    ApprovalMustPrecedeSigning,
}
