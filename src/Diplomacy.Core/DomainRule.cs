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
}
