using Diplomacy.Core.Agreements;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Leads;
using NodaTime;

namespace Diplomacy.Core.Portfolio;

/// <summary>Finds the leads for the members a coverage did not cover, through the register's own indexes and rules.</summary>
internal static class LeadFinder
{
    public static IReadOnlyList<CoverageLead> Find(Register register, CoverageResult coverage, Period recentSpan)
    {
        var home = coverage.Home;
        var date = coverage.Date;
        var criteria = coverage.Criteria;
        var recent = new DateInterval(date.Minus(recentSpan), date);
        var partners = register.PartnersOn(home, date).ToHashSet();
        var found = new List<CoverageLead>();
        foreach (var member in coverage.Members)
        {
            // Plain null checks rather than patterns: a mutant of a pattern's variable does not compile, and would take the whole method out of mutation testing.
            var region = member.Region;
            if (member.Outcome == CoverageOutcome.Covered || region is null)
            {
                continue;
            }

            var leads = new List<CoverageLead>();
            var seen = new HashSet<Agreement>(ReferenceEqualityComparer.Instance);
            foreach (var agreement in member.Agreements)
            {
                seen.Add(agreement);
                leads.Add(new CoverageLead(region, date, LeadKind.UncertainTie, agreement, null, null, null));
            }

            foreach (var agreement in register.Ties(home, includeSubregions: true))
            {
                var lead = seen.Contains(agreement) ? null : Lead(agreement, home, region, date, criteria);
                if (lead is null)
                {
                    continue;
                }

                seen.Add(agreement);
                leads.Add(new CoverageLead(region, date, lead.Value.Kind, agreement, null, null, lead.Value.Via));
            }

            leads.AddRange(register.Delegations.Delegations
                .Where(delegation => delegation.Home.IsWithin(home) && delegation.Start.Date <= date)
                .SelectMany(delegation => delegation.Commitments)
                .Where(commitment => commitment.StatusOn(date) == CommitmentStatus.Open && (commitment.OwedBy.IsWithin(region) || commitment.OwedTo.IsWithin(region)))
                .Select(commitment => new CoverageLead(region, date, LeadKind.OpenCommitment, null, null, commitment, null)));
            leads.AddRange(register.Delegations.ExchangesWith(region, recent, home)
                .Select(delegation => new CoverageLead(region, date, LeadKind.RecentVisit, null, delegation, null, null)));
            foreach (var agreement in register.Ties(region, includeSubregions: false))
            {
                if (seen.Contains(agreement) || agreement.StatusOn(date) != AgreementStatus.InForce)
                {
                    continue;
                }

                // The member is a partner of the home when a tie the criteria do not count binds them: it cannot introduce itself.
                leads.AddRange(agreement.Parties
                    .Select(party => party.Region)
                    .Where(party => !party.Equals(region) && partners.Contains(party))
                    .Select(introducer => new CoverageLead(region, date, LeadKind.Introducer, agreement, null, null, introducer)));
            }

            found.AddRange(leads
                .OrderBy(lead => lead.Kind)
                .ThenBy(lead => lead.Evidence, StringComparer.Ordinal)
                .ThenBy(lead => lead.Via?.Id.Value, StringComparer.OrdinalIgnoreCase));
        }

        return found;
    }

    /// <summary>What a tie of the home side with the member side is a lead for, if anything; uncertain ties come from the coverage itself.</summary>
    private static (LeadKind Kind, Region? Via)? Lead(Agreement agreement, Region home, Region member, LocalDate date, CoverageCriteria criteria)
    {
        foreach (var near in agreement.Parties.Select(party => party.Region).Where(party => party.IsWithin(home)))
        {
            foreach (var far in agreement.Parties.Select(party => party.Region).Where(party => !party.IsWithin(home) && party.IsWithin(member)))
            {
                var direct = HomeSide.Includes(near, home, criteria.IncludeHomeSubregions)
                    && (far.Equals(member) || criteria.IncludeMemberSubregions);
                var status = agreement.StatusOn(date);
                if (direct && status is AgreementStatus.Expired or AgreementStatus.Terminated or AgreementStatus.Suspended)
                {
                    return (LeadKind.LapsedTie, null);
                }

                if (direct && status is AgreementStatus.Proposed or AgreementStatus.NotYetInForce or AgreementStatus.InForce)
                {
                    return (LeadKind.PendingAgreement, null);
                }

                if (!direct && status == AgreementStatus.InForce)
                {
                    return (LeadKind.SubregionTie, near.Equals(home) ? far : near);
                }
            }
        }

        return null;
    }
}
