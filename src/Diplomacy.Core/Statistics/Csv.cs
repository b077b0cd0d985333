namespace Diplomacy.Core.Statistics;

/// <summary>CSV rows as RFC 4180 writes them: a field holding a comma, a quote or a line break is quoted, its quotes doubled.</summary>
internal static class Csv
{
    private static readonly char[] Special = [',', '"', '\r', '\n'];

    public static string Row(params string[] fields) => string.Join(",", fields.Select(Field));

    public static string Field(string value) =>
        value.IndexOfAny(Special) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
