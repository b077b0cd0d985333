namespace Diplomacy.Core.Interchange.Tests.Json.Fixtures;

/// <summary>Every form of a date as people write it, and as the document writes it.</summary>
public static class WrittenDates
{
    public static TheoryData<string> All { get; } =
        ["2025-09-22", "1993-10", "2011", "..2025-09-22", "2011-01-01..", "2011-01-01..2012-06-30", "unknown"];
}
