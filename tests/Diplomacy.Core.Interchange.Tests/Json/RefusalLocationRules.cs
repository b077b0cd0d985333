using System.Text;
using Diplomacy.Core.Interchange.Json;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;

namespace Diplomacy.Core.Interchange.Tests.Json;

/// <summary>
/// A refusal names the line (from 1) and the byte in that line (from 0) where the fault stands in the whole
/// document: the token that breaks the frame, the start of an element the core refuses, just after a value that is
/// not of its type. Lines and bytes are counted over the whole text, however the stream cuts it into pieces.
/// </summary>
public sealed class RefusalLocationRules
{
    /// <summary>Each fault: the text replaced in the story's document, its replacement, and where the refusal stands.</summary>
    public enum Fault
    {
        /// <summary>"regions" opens an object: the frame is refused at the brace.</summary>
        SectionOfTheWrongShape,

        /// <summary>China's country code is "CHN": the core refuses the element, placed at its opening brace.</summary>
        CodeTheCoreRefuses,

        /// <summary>China's time zone is a number: placed just after the number, as System.Text.Json places it.</summary>
        ValueOfTheWrongType,

        /// <summary>Gyeonggi's parent is not written before it: placed at the element's opening brace.</summary>
        ParentNotWrittenBefore,
    }

    public static TheoryData<Fault, bool, int> Cuts()
    {
        var cuts = new TheoryData<Fault, bool, int>();
        foreach (var fault in Enum.GetValues<Fault>())
        {
            foreach (var indented in new[] { false, true })
            {
                foreach (var piece in new[] { 1, 2, 3, 7, 64, 1 << 20 })
                {
                    cuts.Add(fault, indented, piece);
                }
            }
        }

        return cuts;
    }

    [Theory]
    [MemberData(nameof(Cuts))]
    public void A_refusal_names_the_line_and_byte_of_the_fault_in_the_whole_document_however_the_stream_is_cut(Fault fault, bool indented, int piece)
    {
        var (json, at) = Faulty(fault, indented);
        using var stream = new TrickleStream(Encoding.UTF8.GetBytes(json), piece);

        var read = () => RegisterDocument.Read(stream);

        var refusal = read.Should().Throw<RegisterDocumentException>().Which;
        (refusal.Line, refusal.BytePositionInLine).Should().Be(Place(json, at), "the fault {0} stands there in the text", fault);
    }

    /// <summary>The story's document with <paramref name="fault"/>, and the index in the text where its refusal stands.</summary>
    private static (string Json, int At) Faulty(Fault fault, bool indented)
    {
        var json = RegisterDocument.ToJson(StoryRegister.Build(), new RegisterDocumentOptions { Indented = indented });
        var space = indented ? " " : string.Empty;
        var (text, replacement) = fault switch
        {
            Fault.SectionOfTheWrongShape => ($"\"regions\":{space}[", $"\"regions\":{space}{{"),
            Fault.CodeTheCoreRefuses => ($"\"countryCode\":{space}\"CN\"", $"\"countryCode\":{space}\"CHN\""),
            Fault.ValueOfTheWrongType => ($"\"timeZone\":{space}\"Asia/Shanghai\"", $"\"timeZone\":{space}5"),
            _ => ($"\"parent\":{space}\"KR\"", $"\"parent\":{space}\"JP\""),
        };
        var found = json.IndexOf(text, StringComparison.Ordinal);
        var faulty = string.Concat(json.AsSpan(0, found), replacement, json.AsSpan(found + text.Length));
        var at = fault switch
        {
            Fault.SectionOfTheWrongShape => found + replacement.Length - 1,
            Fault.ValueOfTheWrongType => found + replacement.Length,
            Fault.CodeTheCoreRefuses => faulty.LastIndexOf('{', faulty.IndexOf($"\"id\":{space}\"CN\"", StringComparison.Ordinal)),
            _ => faulty.LastIndexOf('{', faulty.IndexOf($"\"id\":{space}\"KR-41\"", StringComparison.Ordinal)),
        };
        return (faulty, at);
    }

    /// <summary>The line (from 1) and the byte in that line (from 0, in UTF-8) of the character at <paramref name="at"/>.</summary>
    private static (long? Line, long? Byte) Place(string text, int at)
    {
        var lineStart = text.LastIndexOf('\n', at) + 1;
        return (text.AsSpan(0, at).Count('\n') + 1, Encoding.UTF8.GetByteCount(text.AsSpan(lineStart, at - lineStart)));
    }
}
