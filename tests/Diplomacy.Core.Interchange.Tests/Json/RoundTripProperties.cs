using System.Text;
using CsCheck;
using Diplomacy.Core.Interchange.Json;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;

namespace Diplomacy.Core.Interchange.Tests.Json;

/// <summary>A register written as a document and read back answers every question as before, and writes the same bytes again.</summary>
public sealed class RoundTripProperties
{
    private static readonly long Iterations = PropertySamples.Of(150);

    [Fact]
    public void Every_register_read_back_answers_every_question_as_the_one_written()
    {
        RandomRegister.Gen.Sample(
            register => RegisterDocument.Parse(RegisterDocument.ToJson(register)).ShouldAnswerAs(register),
            iter: Iterations);
    }

    [Fact]
    public void A_register_read_back_writes_the_same_bytes_again()
    {
        RandomRegister.Gen.Sample(
            register =>
            {
                var written = RegisterDocument.ToJson(register);
                return RegisterDocument.ToJson(RegisterDocument.Parse(written)) == written;
            },
            iter: Iterations);
    }

    [Fact]
    public async Task The_asynchronous_and_the_synchronous_ways_write_and_read_the_same_document()
    {
        var register = StoryRegister.Build();
        using var written = new MemoryStream();
        await RegisterDocument.WriteAsync(register, written, cancellationToken: TestContext.Current.CancellationToken);
        var text = Encoding.UTF8.GetString(written.ToArray());

        written.Position = 0;
        var loaded = await RegisterDocument.ReadAsync(written, cancellationToken: TestContext.Current.CancellationToken);

        text.Should().Be(RegisterDocument.ToJson(register));
        loaded.ShouldAnswerAs(register);
    }

    [Fact]
    public void An_indented_document_reads_back_as_the_compact_one()
    {
        var register = StoryRegister.Build();

        var loaded = RegisterDocument.Parse(RegisterDocument.ToJson(register, new RegisterDocumentOptions { Indented = true }));

        loaded.ShouldAnswerAs(register);
    }
}
