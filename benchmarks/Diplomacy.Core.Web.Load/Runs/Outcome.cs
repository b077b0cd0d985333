using System.Globalization;

namespace Diplomacy.Core.Web.Load.Runs;

/// <summary>Prints a count that must be zero, and the first of what it counts.</summary>
internal static class Outcome
{
    private const int Shown = 10;

    public static void Print(string what, int count, IReadOnlyList<string> examples)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {count}"));
        foreach (var example in examples.Take(Shown))
        {
            Console.WriteLine($"  {example}");
        }
    }
}
