namespace Diplomacy.Core.Web.Storage.Tables;

/// <summary>The type of an engagement as <c>engagements.engagement_type</c> names it, one per engagement record of the core.</summary>
internal enum StoredEngagementType
{
    /// <summary><see cref="Delegations.Meeting"/>.</summary>
    Meeting,

    /// <summary><see cref="Delegations.Signing"/>.</summary>
    Signing,

    /// <summary><see cref="Delegations.SiteVisit"/>.</summary>
    SiteVisit,

    /// <summary><see cref="Delegations.EventParticipation"/>.</summary>
    EventParticipation,

    /// <summary><see cref="Delegations.Gift"/>.</summary>
    Gift,
}
