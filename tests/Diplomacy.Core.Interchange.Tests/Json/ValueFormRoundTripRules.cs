using System.Globalization;
using System.Text;
using System.Text.Json;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Interchange.Json;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;
using Diplomacy.Core.Portfolio;
using static Diplomacy.Core.Interchange.Tests.Json.Fixtures.Documents;

namespace Diplomacy.Core.Interchange.Tests.Json;

/// <summary>
/// Each form the document gives a value is read back as the same value: names in Hangul and Han characters as they
/// read, local times in ISO form, suspension reasons and delegation directions as camelCase names. An enum given as
/// a number is refused with its path, since a number says nothing a reader of the document can check.
/// </summary>
public sealed class ValueFormRoundTripRules
{
    public static TheoryData<SuspensionReason> Reasons => new(Enum.GetValues<SuspensionReason>());

    private static string CamelCase<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static Register ReadBack(Register register) => RegisterDocument.Parse(RegisterDocument.ToJson(register));

    [Fact]
    public void A_written_document_holds_Hangul_and_Han_names_as_they_read_not_as_unicode_escapes()
    {
        using var stream = new MemoryStream();
        RegisterDocument.Write(StoryRegister.Build(), stream);
        var written = Encoding.UTF8.GetString(stream.ToArray());
        var indented = RegisterDocument.ToJson(StoryRegister.Build(), new RegisterDocumentOptions { Indented = true });

        foreach (var text in new[] { written, indented })
        {
            text.Should().Contain("\"경기도\"").And.Contain("\"수원시\"").And.Contain("\"浦东新区\"").And.NotContain("\\u");
        }
    }

    [Fact]
    public void A_local_time_is_written_in_ISO_form_and_read_back_as_the_same_time()
    {
        var written = Documents.Tree(StoryRegister.Build());
        var read = ReadBack(StoryRegister.Build()).Delegations.Find(new DelegationId("GG-2025-CN"))!;

        ((string)written["delegations"]![0]!["end"]!).Should().Be("2025-09-27T22:00:00");
        ((string)written["delegations"]![0]!["stops"]![0]!["engagements"]![0]!["at"]!).Should().Be("2025-09-22T10:00:00");
        read.Start.LocalDateTime.Should().Be(new LocalDateTime(2025, 9, 21, 8, 0));
        read.End.LocalDateTime.Should().Be(new LocalDateTime(2025, 9, 27, 22, 0));
        read.Stops[0].Arrival.LocalDateTime.Should().Be(new LocalDateTime(2025, 9, 21, 11, 0));
        read.Stops[0].Departure.LocalDateTime.Should().Be(new LocalDateTime(2025, 9, 22, 18, 0));
        read.Stops[0].Engagements[0].At.Should().Be(new LocalDateTime(2025, 9, 22, 10, 0));
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public void A_suspension_reason_is_written_as_its_camel_case_name_and_read_back_as_the_same_reason(SuspensionReason reason)
    {
        var register = StoryRegister.Build();
        var gyeonggi = register.Directory.Resolve("KR-41")!;
        var tianjin = register.Directory.Resolve("CN-TJ")!;
        var paused = Agreement.Sign(new AgreementId("PAUSED"), AgreementKind.Friendship, [gyeonggi, tianjin], new LocalDate(2015, 3, 1));
        paused.Suspend(new LocalDate(2020, 2, 1), reason);
        register.AddDistinct(paused);

        var written = Documents.Tree(register)["agreements"]!.AsArray().Single(a => (string)a!["id"]! == "PAUSED")!;
        var read = ReadBack(register).Find(new AgreementId("PAUSED"))!;

        ((string)written["history"]![1]!["reason"]!).Should().Be(CamelCase(reason));
        read.History.OfType<AgreementSuspended>().Single().Reason.Should().Be(reason);
    }

    [Fact]
    public void A_delegation_direction_is_written_as_its_camel_case_name_and_read_back_as_the_same_direction()
    {
        var written = Documents.Tree(StoryRegister.Build())["delegations"]!.AsArray();
        var read = ReadBack(StoryRegister.Build()).Delegations;

        written.Select(delegation => (string)delegation!["direction"]!).Should().Equal(
            CamelCase(DelegationDirection.Outbound), CamelCase(DelegationDirection.Inbound));
        read.Find(new DelegationId("GG-2025-CN"))!.Direction.Should().Be(DelegationDirection.Outbound);
        read.Find(new DelegationId("SH-2026-KR"))!.Direction.Should().Be(DelegationDirection.Inbound);
    }

    [Theory]
    [InlineData("regions", "CN-SH", "kind", "$.regions[{0}].kind")]
    [InlineData("agreements", "GG-SH-2025", "history[0].kind", "$.agreements[{0}].history[0].kind")]
    [InlineData("agreements", "GG-LN-1993", "history[1].reason", "$.agreements[{0}].history[1].reason")]
    [InlineData("delegations", "GG-2025-CN", "direction", "$.delegations[{0}].direction")]
    [InlineData("delegations", "GG-2025-CN", "commitments[0].status", "$.delegations[{0}].commitments[0].status")]
    public void An_enum_given_as_a_number_is_refused_with_its_path(string section, string id, string property, string path)
    {
        var index = 0;
        var json = Documents.StoryWith(tree =>
        {
            var (element, at) = Documents.Element(tree, section, id);
            Documents.Replace(element, property, 1);
            index = at;
        });

        var refusal = Refusal(json);

        refusal.Path.Should().Be(string.Format(CultureInfo.InvariantCulture, path, index));
    }
}
