using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Portfolio.Checks;

/// <summary>
/// The partner is already tied to the home when a tie other than the proposal binds, or may bind, on the day a region of
/// the home's line (the home, a region inside it, a region it lies in) and a region of the partner's line: it is signed
/// and not ended or lapsed then (in force, suspended, or signed to enter into force later, or uncertain between one of
/// those and another status), and neither of the two has certainly withdrawn from it.
/// </summary>
internal static class PartnerAlreadyTied
{
    public static IEnumerable<AlreadyTiedWarning> Find(IEnumerable<Agreement> homeLineTies, Agreement proposal, Region home, Region partner, LocalDate on)
    {
        var found = new List<AlreadyTiedWarning>();
        foreach (var tie in homeLineTies)
        {
            if (tie.Id == proposal.Id || !MayBind(tie.PossibilitiesOn(on)))
            {
                continue;
            }

            foreach (var homeParty in tie.Parties)
            {
                foreach (var partnerParty in tie.Parties)
                {
                    if (!ReferenceEquals(homeParty, partnerParty)
                        && RegionLine.Relation(homeParty.Region, home) is { } homeRelation
                        && RegionLine.Relation(partnerParty.Region, partner) is { } partnerRelation
                        && tie.BindingOn(homeParty.Region, on).Possibly
                        && tie.BindingOn(partnerParty.Region, on).Possibly)
                    {
                        found.Add(new AlreadyTiedWarning(partner, tie, homeParty.Region, homeRelation, partnerParty.Region, partnerRelation, tie.StatusOn(on)));
                    }
                }
            }
        }

        return found.OrderBy(warning => warning.Tie.Id.Value, StringComparer.Ordinal);
    }

    /// <summary>Whether a tie may bind on a day: signed and neither ended nor lapsed in at least one of the histories it may have.</summary>
    public static bool MayBind(AgreementPossibilities possibilities) =>
        possibilities.MayBe(AgreementStatus.InForce) || possibilities.MayBe(AgreementStatus.Suspended) || possibilities.MayBe(AgreementStatus.NotYetInForce);
}
