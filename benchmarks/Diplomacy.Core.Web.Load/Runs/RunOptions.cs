using System.Globalization;

namespace Diplomacy.Core.Web.Load.Runs;

/// <summary>
/// The command line: <c>load [--seconds 60] [--readers 16]</c>, <c>crash [--cycles 5] [--seed n]</c> or
/// <c>attack [--rows 20000] [--readers 16]</c>, with
/// <c>--app path/to/Diplomacy.Core.Web.dll</c> to run another build than this repository's Release one.
/// </summary>
internal sealed record RunOptions(string Command, int Seconds, int Readers, int Cycles, int Seed, string? App, int Rows = 20_000)
{
    public const string Usage =
        "usage: Diplomacy.Core.Web.Load load [--seconds 60] [--readers 16] [--app path.dll]\n" +
        "       Diplomacy.Core.Web.Load crash [--cycles 5] [--seed n] [--app path.dll]\n" +
        "       Diplomacy.Core.Web.Load attack [--rows 20000] [--readers 16] [--app path.dll]";

    /// <summary>The options, or null when the arguments are not understood.</summary>
    public static RunOptions? Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] is not ("load" or "crash" or "attack"))
        {
            return null;
        }

        var options = new RunOptions(args[0], Seconds: 60, Readers: 16, Cycles: 5, Seed: Environment.TickCount, App: null);
        for (var i = 1; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                return null;
            }

            var value = args[i + 1];
            options = args[i] switch
            {
                "--seconds" when Positive(value) is { } seconds => options with { Seconds = seconds },
                "--readers" when Positive(value) is { } readers => options with { Readers = readers },
                "--rows" when Positive(value) is { } rows => options with { Rows = rows },
                "--cycles" when Positive(value) is { } cycles => options with { Cycles = cycles },
                "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var seed) => options with { Seed = seed },
                "--app" => options with { App = value },
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }

        return options;
    }

    private static int? Positive(string text) =>
        int.TryParse(text, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
