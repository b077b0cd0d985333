using Diplomacy.Core.Fuzzing;
using SharpFuzz;

// Usage: Diplomacy.Core.Fuzzing <target>   runs the target under afl-fuzz (or once on stdin outside it)
//        Diplomacy.Core.Fuzzing --list     prints the targets' names, one a line, for .ci/fuzz
if (args is ["--list"])
{
    foreach (var each in Targets.All)
    {
        Console.WriteLine(each.Name);
    }

    return 0;
}

if (args is not [var name] || Targets.All.FirstOrDefault(each => each.Name == name) is not { } target)
{
    await Console.Error.WriteLineAsync($"Name one target: {string.Join(", ", Targets.All.Select(each => each.Name))}, or --list.");
    return 2;
}

Fuzzer.OutOfProcess.Run(target.Run);
return 0;
