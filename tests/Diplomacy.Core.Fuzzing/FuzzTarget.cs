using System.Runtime.InteropServices;
using System.Text;

namespace Diplomacy.Core.Fuzzing;

/// <summary>One parser under fuzzing: the name the command line and the corpus folder use, and what one input does.</summary>
/// <param name="Name">The target's name, also its folder under <c>corpus/</c>.</param>
/// <param name="Run">
/// Feeds one input to the parser. It returns normally when the parser read the input or refused it the documented way;
/// any exception that escapes is a crash for afl-fuzz.
/// </param>
internal sealed record FuzzTarget(string Name, Action<Stream> Run)
{
    /// <summary>A target whose parser reads text: the input's bytes are decoded as UTF-8, as a file or a form field would be.</summary>
    public static FuzzTarget ForText(string name, Action<string> parse) => new(name, input =>
    {
        using var reader = new StreamReader(input, Encoding.UTF8);
        parse(reader.ReadToEnd());
    });

    /// <summary>
    /// A target whose input is any .NET string, even one no decoder would make (a lone surrogate): the input's bytes
    /// are read as UTF-16 code units, two bytes each, without validation.
    /// </summary>
    public static FuzzTarget ForAnyString(string name, Action<string> parse) => new(name, input =>
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        parse(new string(MemoryMarshal.Cast<byte, char>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length & ~1))));
    });
}
