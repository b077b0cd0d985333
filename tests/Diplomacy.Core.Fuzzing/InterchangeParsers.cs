using Diplomacy.Core.Interchange.Json;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Fuzzing;

/// <summary>The target for Diplomacy.Core.Interchange's reader: the JSON register document.</summary>
internal static class InterchangeParsers
{
    /// <summary>
    /// <see cref="RegisterDocument.Read"/>: documented refusal <see cref="RegisterDocumentException"/> (not a register
    /// document, newer, malformed, cut short, over a limit, or breaking a rule of the core). A register it reads writes a
    /// document that reads back and writes the same text again.
    /// </summary>
    public static void RegisterDocumentJson(Stream input)
    {
        Register register;
        try
        {
            register = RegisterDocument.Read(input);
        }
        catch (RegisterDocumentException)
        {
            return;
        }

        var written = RegisterDocument.ToJson(register);
        Expect.That(RegisterDocument.ToJson(RegisterDocument.Parse(written)) == written, "a register read writes a document that reads back as the same text", written);
    }
}
