using NodaTime.Text;

namespace Diplomacy.Core.Tests.Fixtures;

/// <summary>Dates written as registers write them, for tables of boundary dates.</summary>
public static class Dates
{
    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;
}
