namespace Diplomacy.Core.Fuzzing;

/// <summary>
/// What a target accepts from its parser: a value, or the refusal the XML docs promise. Everything else escapes and is
/// the crash afl-fuzz records.
/// </summary>
internal static class Expect
{
    /// <summary>A parser in the <c>TryParse</c> shape.</summary>
    public delegate bool TryParser<T>(string? text, out T value);

    /// <summary>
    /// Runs <paramref name="parse"/>. The core documents one refusal for every text parser: an
    /// <see cref="ArgumentException"/> (or a subclass) that names the parameter the caller passed. One that names some
    /// other parameter leaks an inner call the caller never made, and is a crash.
    /// </summary>
    /// <returns>Whether the text was read; when not, it was refused the documented way.</returns>
    public static bool ReadOrRefused<T>(Func<T> parse, string parameter, out T value)
    {
        try
        {
            value = parse();
            return true;
        }
        catch (ArgumentException refused) when (refused.ParamName == parameter)
        {
            value = default!;
            return false;
        }
    }

    /// <summary>
    /// A code type's Parse and TryParse: Parse reads the text or refuses it naming <paramref name="parameter"/>;
    /// TryParse agrees with it on the text and on the value; the value's text reads back as the same value.
    /// </summary>
    public static void ParsedAlike<T>(string text, Func<string, T> parse, TryParser<T> tryParse, string parameter)
        where T : struct
    {
        var read = ReadOrRefused(() => parse(text), parameter, out var parsed);
        var tried = tryParse(text, out var value);
        That(read == tried, "Parse and TryParse agree on whether the text is well-formed", text);
        if (read)
        {
            That(value.Equals(parsed), "Parse and TryParse give the same value", text);
            ReadsBack(text, parsed, parse);
        }
    }

    /// <summary>The text a value writes (its <see cref="object.ToString"/>) reads back as the same value.</summary>
    public static void ReadsBack<T>(string text, T value, Func<string, T> parse)
        where T : struct =>
        That(parse(value.ToString()!).Equals(value), $"'{value}' reads back as itself", text);

    /// <summary>Throws a <see cref="BrokenPromiseException"/> when <paramref name="kept"/> is false.</summary>
    public static void That(bool kept, string promise, string input)
    {
        if (!kept)
        {
            throw new BrokenPromiseException(promise, input);
        }
    }
}
