namespace Diplomacy.Core.Fuzzing;

/// <summary>
/// A parser returned, but broke a promise its XML docs make (it does not read back what it writes, or Parse and TryParse
/// disagree). Thrown by the harness so that afl-fuzz records the input as a crash.
/// </summary>
internal sealed class BrokenPromiseException(string promise, string input)
    : Exception($"Broken promise: {promise}. Input: \"{input}\"");
