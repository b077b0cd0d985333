using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Portfolio;

/// <summary>
/// The partner is already tied to the home, directly or through a region inside or around either: the home itself, a
/// city of the home province or the province of the home city on one side; the partner, a district of it or the
/// region it lies in on the other. Gyeonggi proposing a tie with Shanghai while Suwon (in Gyeonggi) holds one with
/// Shanghai; Gyeonggi proposing one with Pudong while it holds one with Shanghai.
/// </summary>
/// <remarks>Equality is by value (the agreement by reference, regions by id). Immutable, and so safe to share between threads.</remarks>
/// <param name="Partner">The partner of the proposal.</param>
/// <param name="Tie">The tie already held.</param>
/// <param name="HomeSide">The party of that tie on the home's side.</param>
/// <param name="HomeRelation">How <paramref name="HomeSide"/> stands to the home.</param>
/// <param name="PartnerSide">The party of that tie on the partner's side.</param>
/// <param name="PartnerRelation">How <paramref name="PartnerSide"/> stands to the partner.</param>
/// <param name="Status">The tie's status on the day checked: in force, suspended, signed but not yet in force, or uncertain between one of those and another.</param>
public sealed record AlreadyTiedWarning(
    Region Partner,
    Agreement Tie,
    Region HomeSide,
    RegionRelation HomeRelation,
    Region PartnerSide,
    RegionRelation PartnerRelation,
    AgreementStatus Status) : SigningWarning;
