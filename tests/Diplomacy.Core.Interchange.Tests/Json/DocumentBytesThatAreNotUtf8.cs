using System.Text;
using Diplomacy.Core.Interchange.Json;

namespace Diplomacy.Core.Interchange.Tests.Json;

/// <summary>A document holding bytes that are not UTF-8 is refused as a malformed document, with where, never with a raw exception.</summary>
public sealed class DocumentBytesThatAreNotUtf8
{
    // Each row is a document with the byte 0x8D (never UTF-8 on its own) where the '|' stands.
    [Theory]
    [InlineData("{\"fo|mat\":\"diplomacy-core/register\",\"version\":1,\"regions\":[],\"agreements\":[],\"delegations\":[]}")] // found by fuzzing: a property name of the header
    [InlineData("{\"format\":\"d|plomacy-core/register\",\"version\":1,\"regions\":[],\"agreements\":[],\"delegations\":[]}")] // the format's value
    [InlineData("{\"format\":\"diplomacy-core/register\",\"version\":1,\"regions\":[],\"agree|ents\":[],\"delegations\":[]}")] // found by fuzzing: a section's name
    [InlineData("{\"format\":\"diplomacy-core/register\",\"version\":1,\"regions\":[\"langua|e\"],\"agreements\":[],\"delegations\":[]}")] // found by fuzzing: an element that is not an object
    public void A_document_with_bytes_that_are_not_UTF8_is_refused_as_a_document(string document)
    {
        var bytes = Encoding.UTF8.GetBytes(document);
        bytes[Array.IndexOf(bytes, (byte)'|')] = 0x8D;
        using var stream = new MemoryStream(bytes);

        var read = () => RegisterDocument.Read(stream);

        var thrown = read.Should().Throw<RegisterDocumentException>().Which;
        thrown.Line.Should().Be(1);
        thrown.Path.Should().NotBeNullOrEmpty();
        thrown.Message.Should().Contain("\uFFFD");
    }
}
