using Diplomacy.Core.Coverage;
using Diplomacy.Core.Web.Language;
using NodaTime;

namespace Diplomacy.Core.Web.Reading;

/// <summary>
/// One span of a coverage over time, both ends inclusive: the count it holds from <see cref="From"/> to <see cref="To"/>.
/// </summary>
/// <param name="From">The first day, or null for a span open to the start of time (a tie known only by a bound).</param>
/// <param name="To">The last day, or null for the span that holds from then on.</param>
/// <param name="Covered">Members covered.</param>
/// <param name="Uncertain">Members that may be covered, depending on a day the register does not know.</param>
/// <param name="Text">The coverage in the reader's language (<c>3 of 4</c>).</param>
public sealed record CoverageStep(LocalDate? From, LocalDate? To, int Covered, int Uncertain, string Text)
{
    public static CoverageStep Of(CoveragePeriod period, Texts texts) => new(
        period.From == LocalDate.MinIsoValue ? null : period.From,
        period.To,
        period.Coverage.Count,
        period.Coverage.Uncertain.Length,
        period.Coverage.ToText(texts.Language));
}
