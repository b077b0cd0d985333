namespace Diplomacy.Core.Web.Load.Editing;

/// <summary>Reads every acknowledged write back through the API, a few at a time.</summary>
internal static class ReadBack
{
    private const int AtOnce = 4;

    /// <summary>What is missing or different, one line per tie; empty when everything acknowledged is there.</summary>
    public static async Task<IReadOnlyList<string>> MissingAsync(HttpClient api, IReadOnlyList<AcknowledgedTie> acknowledged)
    {
        var missing = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(
            acknowledged,
            new ParallelOptions { MaxDegreeOfParallelism = AtOnce },
            async (tie, _) =>
            {
                if ((await TieHistory.ReadAsync(api, tie.Id).ConfigureAwait(false)).Lacks(tie) is { } lack)
                {
                    missing.Add(lack);
                }
            }).ConfigureAwait(false);
        return [.. missing.Order(StringComparer.Ordinal)];
    }
}
