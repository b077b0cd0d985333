using Ardalis.GuardClauses;
using NodaTime;

namespace Diplomacy.Core.Delegations;

/// <summary>A visit to an organization's site: Seventh Robotics in Chongqing, Tencent's Shanghai office.</summary>
/// <remarks>Equality is by value: the same time and organization. Immutable and thread-safe.</remarks>
public sealed record SiteVisit : Engagement
{
    /// <summary>Describes a site visit.</summary>
    /// <param name="at">When it began, in local time at the stop's place.</param>
    /// <param name="host">The organization visited.</param>
    /// <exception cref="ArgumentNullException"><paramref name="host"/> is null.</exception>
    public SiteVisit(LocalDateTime at, Organization host)
        : base(at) => Host = Guard.Against.Null(host);

    /// <summary>The organization visited.</summary>
    public Organization Host { get; }
}
