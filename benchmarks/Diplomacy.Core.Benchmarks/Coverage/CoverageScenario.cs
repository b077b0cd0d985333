using Diplomacy.Core.Agreements;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Benchmarks.Coverage;

/// <summary>A register, the same agreements as a plain list (what a user without the register would hold), the home and the two cohorts.</summary>
internal sealed record CoverageScenario(Register Register, List<Agreement> Agreements, Region Home, Cohort Four, Cohort FortySeven);
