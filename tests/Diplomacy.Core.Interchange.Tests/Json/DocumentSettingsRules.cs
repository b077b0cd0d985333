using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Diplomacy.Core.Interchange.Json.Documents;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;

namespace Diplomacy.Core.Interchange.Tests.Json;

/// <summary>
/// The serializer settings of the document, built afresh: each element of a written document reads back and writes
/// again as the same JSON with names as they read, an enum given as a number is refused, and the settings cannot be
/// changed once built. The shared settings are built once per process; these tests build their own so that each
/// setting is checked where it is made.
/// </summary>
public sealed class DocumentSettingsRules
{
    private static readonly JsonObject Story = Documents.Tree(StoryRegister.Build()).AsObject();

    private static JsonTypeInfo InfoOf(string section, JsonSerializerOptions settings) => settings.GetTypeInfo(section switch
    {
        "regions" => typeof(RegionDocument),
        "agreements" => typeof(AgreementDocument),
        _ => typeof(DelegationDocument),
    });

    [Theory]
    [InlineData("regions")]
    [InlineData("agreements")]
    [InlineData("delegations")]
    public void Every_element_of_a_written_document_reads_back_and_writes_again_as_the_same_json(string section)
    {
        var settings = DocumentOptions.Build();
        var info = InfoOf(section, settings);

        foreach (var element in Story[section]!.AsArray())
        {
            var read = JsonSerializer.Deserialize(element!.ToJsonString(), info);
            var written = JsonSerializer.Serialize(read, info);

            JsonNode.DeepEquals(JsonNode.Parse(written), element).Should().BeTrue(written);
        }
    }

    [Fact]
    public void Hangul_and_Han_names_are_written_as_they_read_not_as_unicode_escapes()
    {
        var info = InfoOf("regions", DocumentOptions.Build());
        var gyeonggi = Documents.Element(Story, "regions", "KR-41").Element;

        var written = JsonSerializer.Serialize(JsonSerializer.Deserialize(gyeonggi.ToJsonString(), info), info);

        written.Should().Contain("\"경기도\"").And.Contain("\"京畿道\"").And.NotContain("\\u");
    }

    [Theory]
    [InlineData("regions", "CN-SH", "kind")]
    [InlineData("agreements", "GG-SH-2025", "history[0].kind")]
    [InlineData("agreements", "GG-LN-1993", "history[1].reason")]
    [InlineData("delegations", "GG-2025-CN", "direction")]
    [InlineData("delegations", "GG-2025-CN", "commitments[0].status")]
    [InlineData("delegations", "GG-2025-CN", "stops[1].engagements[3].direction")]
    public void An_enum_given_as_a_number_is_refused(string section, string id, string property)
    {
        var info = InfoOf(section, DocumentOptions.Build());
        var element = Documents.Element(Story, section, id).Element.DeepClone();
        Documents.Replace(element, property, 0);

        var read = () => JsonSerializer.Deserialize(element.ToJsonString(), info);

        read.Should().Throw<JsonException>();
    }

    [Fact]
    public void A_gift_s_disposition_given_as_a_number_is_refused()
    {
        var info = InfoOf("delegations", DocumentOptions.Build());
        var element = Documents.Element(Story, "delegations", "GG-2025-CN").Element.DeepClone();
        element["stops"]![1]!["engagements"]![3]!["disposition"] = new JsonObject { ["kind"] = 0 };

        var read = () => JsonSerializer.Deserialize(element.ToJsonString(), info);

        read.Should().Throw<JsonException>();
    }

    [Fact]
    public void The_settings_are_read_only_once_built_so_no_caller_can_change_them()
    {
        DocumentOptions.Build().IsReadOnly.Should().BeTrue();
    }
}
