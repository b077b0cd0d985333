using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Coverage;

/// <summary>
/// How a withdrawal limits what a tie does: a tie binds a home side and a partner only while both are bound. Once
/// either has certainly left it does nothing; while a withdrawal's day is uncertain it could at most cover.
/// </summary>
internal static class TieBinding
{
    /// <summary>Limits a judgement of a tie's status and kind by whether the home's side and the partner are bound.</summary>
    /// <param name="qualification">What the tie's status and kind allow.</param>
    /// <param name="homeSide">Whether some party on the home's side is certainly, or possibly, bound.</param>
    /// <param name="partner">Whether the partner is certainly, or possibly, bound.</param>
    /// <returns>What the tie does between them.</returns>
    public static TieQualification Limit(TieQualification qualification, (bool Certainly, bool Possibly) homeSide, (bool Certainly, bool Possibly) partner)
    {
        if (qualification == TieQualification.DoesNotCover || !homeSide.Possibly || !partner.Possibly)
        {
            return TieQualification.DoesNotCover;
        }

        return homeSide.Certainly && partner.Certainly ? qualification : TieQualification.CouldCover;
    }

    /// <summary>Limits a judgement of a tie between one party on the home's side and one partner.</summary>
    /// <param name="qualification">What the tie's status and kind allow.</param>
    /// <param name="agreement">The tie.</param>
    /// <param name="homeParty">The party on the home's side.</param>
    /// <param name="partner">The partner.</param>
    /// <param name="date">The date.</param>
    /// <returns>What the tie does between them.</returns>
    public static TieQualification Limit(TieQualification qualification, Agreement agreement, Region homeParty, Region partner, LocalDate date) =>
        agreement.HasWithdrawals
            ? Limit(qualification, agreement.BindingOn(homeParty, date), agreement.BindingOn(partner, date))
            : qualification;
}
