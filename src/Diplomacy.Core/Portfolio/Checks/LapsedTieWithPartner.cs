using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Portfolio.Checks;

/// <summary>
/// A tie between the home and the partner themselves (not regions inside or around them) that is expired or terminated on
/// the day could be renewed or revived instead of signing anew; it is offered only while no tie of the two binds, or may
/// bind, them on that day, since then they are already tied.
/// </summary>
internal static class LapsedTieWithPartner
{
    public static IEnumerable<LapsedTieWarning> Find(IReadOnlyList<Agreement> pairTies, Agreement proposal, Region partner, LocalDate on)
    {
        var others = pairTies.Where(tie => tie.Id != proposal.Id).ToList();
        if (others.Exists(tie => PartnerAlreadyTied.MayBind(tie.PossibilitiesOn(on))))
        {
            return [];
        }

        return others
            .Select(tie => new LapsedTieWarning(partner, tie, tie.StatusOn(on)))
            .Where(warning => warning.Status is AgreementStatus.Expired or AgreementStatus.Terminated)
            .OrderBy(warning => warning.Tie.Id.Value, StringComparer.Ordinal);
    }
}
