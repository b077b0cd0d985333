using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Web.Storage.Database;

namespace Diplomacy.Core.Benchmarks.Hosting;

/// <summary>One coverage question of the SQL anchor: a home and a cohort, with the cohort's keys as the SQL takes them.</summary>
internal sealed record SqlAnchorQuestion(Region Home, Cohort Cohort)
{
    public string CohortKeys { get; } = SqlCoverage.KeysOf(Cohort);
}
