using NodaTime;

namespace Diplomacy.Core.Delegations;

/// <summary>
/// Something a delegation did at a stop, at a local time there: a <see cref="Meeting"/>, a
/// <see cref="Signing"/>, a <see cref="SiteVisit"/>, a <see cref="Gift"/> or an
/// <see cref="EventParticipation"/>. These five are the kinds the library knows (the base constructor is
/// not open to other assemblies).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="At"/> is the wall-clock time at the stop's place, as the report writes it ("the 25th, 3 p.m."
/// in Shanghai). <see cref="Delegation.AddEngagement"/> resolves it in the stop's zone and files the
/// engagement under the stop whose span holds it.
/// </para>
/// <para>
/// Engagements are immutable values: equality is by kind and by every field (lists element by element).
/// Thread-safe. Values are right here, unlike for a <see cref="Commitment"/>: nothing about an engagement changes
/// once it is recorded, so a value handed out never goes stale.
/// </para>
/// </remarks>
public abstract record Engagement
{
    private protected Engagement(LocalDateTime at) => At = at;

    /// <summary>When it happened, in local time at the stop's place.</summary>
    public LocalDateTime At { get; }
}
