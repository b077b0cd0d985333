using Diplomacy.Core.Calendar;
using static Diplomacy.Core.Tests.Fixtures.Dates;

namespace Diplomacy.Core.Tests.Calendar;

/// <summary>A partial date may be any day between its bounds, both inclusive; an unknown date may be any day.</summary>
public sealed class PartialDatePossibleDays
{
    [Theory]
    [InlineData("2025-09", "2025-08-31", false)]
    [InlineData("2025-09", "2025-09-01", true)] // the first day of the month is inside
    [InlineData("2025-09", "2025-09-30", true)] // the last day of the month is inside
    [InlineData("2025-09", "2025-10-01", false)]
    [InlineData("..2025-09-22", "1900-01-01", true)]
    [InlineData("..2025-09-22", "2025-09-23", false)]
    [InlineData("2025-09-22..", "2025-09-21", false)]
    [InlineData("2025-09-25", "2025-09-25", true)]
    [InlineData("2025-09-25", "2025-09-26", false)]
    [InlineData("unknown", "2025-09-26", true)]
    public void A_day_may_be_the_date_only_inside_its_bounds(string partial, string day, bool mayBe)
    {
        PartialDate.Parse(partial).MayBe(D(day)).Should().Be(mayBe);
    }
}
