using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio.Checks;
using NodaTime;

namespace Diplomacy.Core.Portfolio;

/// <summary>The register's answer to "what should we know before we sign this".</summary>
public sealed partial class Register
{
    /// <summary>
    /// The warnings about a proposed agreement of a home on a day: what the office should weigh before it signs. Warnings,
    /// never refusals: the proposal is not changed, and may be signed whatever they say.
    /// </summary>
    /// <param name="home">The home region: a party of the proposal; every other party is a partner.</param>
    /// <param name="proposal">The proposed agreement; it need not be held by the register (when it is, it is not counted against itself).</param>
    /// <param name="on">The day of the checks (the planned signing, or today).</param>
    /// <param name="policy">Which approvals the office requires and which regions conflict; <see cref="SigningPolicy.None"/> when null.</param>
    /// <returns>
    /// For each partner in the order of the proposal's parties: the ties that already bind it to the home through the
    /// home, a region inside it or a region around it, and through the partner, a region inside it or around it
    /// (<see cref="AlreadyTiedWarning"/>: a tie signed and not ended or lapsed on the day, in force, suspended, or awaiting
    /// entry into force, or uncertain between one of those and another; the home's sub-regions and parents count, as do
    /// the partner's); the lapsed ties between the home and the partner themselves, expired or terminated on the day,
    /// offered only when nothing binds the two (<see cref="LapsedTieWarning"/>); the conflicting regions that are the
    /// partner, inside it or around it (<see cref="ConflictingPartnerWarning"/>). Each by agreement id, conflicts in the
    /// policy's order. Then, once, the approval the policy requires for the proposal's kind and that its history does not
    /// hold certainly by the day (<see cref="ApprovalMissingWarning"/>). Empty when nothing was found.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="home"/> or <paramref name="proposal"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="home"/> is not a party of <paramref name="proposal"/>.</exception>
    /// <example>
    /// <code>
    /// var proposal = Agreement.Propose(new AgreementId("GG-SH-SISTER"), AgreementKind.SisterCity, [gyeonggi, shanghai], today);
    /// var policy = SigningPolicy.None with { ApprovalRequiredFor = [AgreementKind.SisterCity], ApprovingBody = "경기도의회" };
    /// foreach (var warning in register.ChecksBeforeSigning(gyeonggi, proposal, today, policy))
    /// {
    ///     // AlreadyTiedWarning { HomeSide = Suwon, HomeRelation = SubRegion, PartnerSide = Shanghai, … }
    ///     // ApprovalMissingWarning { Kind = SisterCity, Body = "경기도의회" }
    /// }
    /// </code>
    /// </example>
    public IReadOnlyList<SigningWarning> ChecksBeforeSigning(Region home, Agreement proposal, LocalDate on, SigningPolicy? policy = null)
    {
        Guard.Against.Null(home);
        Guard.Against.Null(proposal);
        if (!proposal.HasParty(home))
        {
            throw new ArgumentException($"The home '{home.Id}' is not a party of the proposal {proposal.Id}: the checks are made for one of its parties.", nameof(home));
        }

        var rules = policy ?? SigningPolicy.None;
        var day = on.WithCalendar(CalendarSystem.Iso);
        var homeLineTies = HomeLineTies(home);
        var warnings = new List<SigningWarning>();
        foreach (var party in proposal.Parties)
        {
            var partner = party.Region;
            if (partner.Equals(home))
            {
                continue;
            }

            warnings.AddRange(PartnerAlreadyTied.Find(homeLineTies, proposal, home, partner, day));
            warnings.AddRange(LapsedTieWithPartner.Find(TiesBetween(home, partner), proposal, partner, day));
            warnings.AddRange(PartnerConflicts.Find(rules.ConflictingRegions, partner));
        }

        warnings.AddRange(ApprovalRequired.Find(rules, proposal, day));
        return warnings;
    }

    /// <summary>The ties of the home, of the regions inside it and of the regions it lies in, each once.</summary>
    private HashSet<Agreement> HomeLineTies(Region home)
    {
        var ties = new HashSet<Agreement>(Ties(home, includeSubregions: true), ReferenceEqualityComparer.Instance);
        foreach (var parent in home.Ancestors)
        {
            ties.UnionWith(_byRegion.GetValueOrDefault(parent).Own ?? NoTies);
        }

        return ties;
    }
}
