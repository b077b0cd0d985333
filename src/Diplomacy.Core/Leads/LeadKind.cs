namespace Diplomacy.Core.Leads;

/// <summary>
/// What an office could build on to reach a member it does not cover. The members are in the order leads are ranked:
/// the nearest thing to a tie first.
/// </summary>
/// <remarks>The numeric values are not part of the contract; persist the member name.</remarks>
public enum LeadKind
{
    /// <summary>A tie with the member that could count, but whose status or kind on the date is uncertain: confirm it.</summary>
    UncertainTie,

    /// <summary>A tie with the member that lapsed: expired, terminated or suspended on the date. Revive or renew it.</summary>
    LapsedTie,

    /// <summary>A proposal, a letter of intent, or an agreement signed but not yet in force with the member: carry it to a tie that counts.</summary>
    PendingAgreement,

    /// <summary>A tie in force between the home's sub-regions and the member or its sub-regions, or between the home and the member's sub-regions: lift it.</summary>
    SubregionTie,

    /// <summary>An open commitment between the home (or a place inside it) and the member (or a place inside it): keep it.</summary>
    OpenCommitment,

    /// <summary>A visit either way with the member in the recent span: build on the contact.</summary>
    RecentVisit,

    /// <summary>A partner of the home that holds a tie in force with the member: it could introduce.</summary>
    Introducer,
}
