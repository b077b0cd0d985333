using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Portfolio;

/// <summary>
/// The partner is a region the caller lists as conflicting (<see cref="SigningPolicy.ConflictingRegions"/>), lies inside
/// one, or holds one inside it.
/// </summary>
/// <remarks>Equality is by value (regions by id). Immutable, and so safe to share between threads.</remarks>
/// <param name="Partner">The partner of the proposal.</param>
/// <param name="Listed">The conflicting region as listed, with why.</param>
/// <param name="Relation">
/// How the listed region stands to the partner: the partner itself (<see cref="RegionRelation.Same"/>), a region inside
/// it (<see cref="RegionRelation.SubRegion"/>) or a region it lies in (<see cref="RegionRelation.Parent"/>).
/// </param>
public sealed record ConflictingPartnerWarning(Region Partner, ConflictingRegion Listed, RegionRelation Relation) : SigningWarning;
