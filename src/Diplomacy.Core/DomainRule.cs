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
}
