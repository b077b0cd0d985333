using Diplomacy.Core.Geography;
using Diplomacy.Core.Leads;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Language;
using NodaTime;

namespace Diplomacy.Core.Web.Reading;

/// <summary>
/// The leads for a coverage gap, as the leads page shows them: every member of the cohort the home's ties do not
/// surely cover (missing or uncertain), each with the facts of the register an office could build on.
/// </summary>
public sealed record LeadsReport
{
    public required RegionView Home { get; init; }

    public required string Cohort { get; init; }

    public required string CohortLabel { get; init; }

    public required LocalDate Date { get; init; }

    /// <summary>The core's own words for the coverage: <c>3 of 4</c>.</summary>
    public required string CoverageText { get; init; }

    /// <summary>Each member not surely covered, in the coverage's order: the missing ones, then the uncertain ones.</summary>
    public required IReadOnlyList<MemberLeads> Members { get; init; }

    /// <remarks>
    /// A visit counts as recent within the same span as in a partner's dossier (<see cref="DossierOptions.RecentSpan"/>),
    /// so that the two pages never disagree about a lead.
    /// </remarks>
    public static LeadsReport Of(Register register, Region home, CohortChoice cohort, LocalDate date, Texts texts)
    {
        var coverage = register.Coverage(home, cohort.Cohort, date);
        var leads = register.LeadsFor(coverage, DossierOptions.Default.RecentSpan);
        return new LeadsReport
        {
            Home = RegionView.Of(home, texts),
            Cohort = cohort.Key,
            CohortLabel = cohort.Label(texts),
            Date = date,
            CoverageText = coverage.ToText(texts.Language),
            Members = [.. coverage.Missing.Concat(coverage.Uncertain).Select(member => new MemberLeads(
                MemberView.Of(member, texts),
                [.. leads.Where(lead => member.Region is { } region && lead.Member.Equals(region)).Select(lead => LeadView.Of(lead, texts))]))],
        };
    }
}

/// <summary>A member not surely covered, with its leads (none when the register holds nothing to build on).</summary>
public sealed record MemberLeads(MemberView Member, IReadOnlyList<LeadView> Leads);

/// <summary>One lead: its kind, the core's sentence in the reader's language, and a link to its evidence.</summary>
/// <param name="Kind">What kind of lead.</param>
/// <param name="Text">The reason, as the core words it.</param>
/// <param name="Evidence">The evidence's id (an agreement, a delegation, or <c>delegation#number</c>).</param>
/// <param name="EvidenceUrl">The page of the evidence: the tie's, or the delegation's.</param>
public sealed record LeadView(LeadKind Kind, string Text, string Evidence, string EvidenceUrl)
{
    public static LeadView Of(CoverageLead lead, Texts texts) => new(
        lead.Kind,
        lead.ToText(texts.Language),
        lead.Evidence,
        lead.Agreement is { } tie ? $"/ties/{Uri.EscapeDataString(tie.Id.Value)}"
        : $"/delegations/{Uri.EscapeDataString((lead.Delegation?.Id ?? lead.Commitment!.Delegation).Value)}");
}
