using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Diplomacy.Core.Interchange.Json;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;
using static Diplomacy.Core.Interchange.Tests.Json.Fixtures.Documents;

namespace Diplomacy.Core.Interchange.Tests.Json;

/// <summary>
/// A document that cannot be loaded is refused as a whole with a <see cref="RegisterDocumentException"/> saying where
/// (JSON path, line, byte) and why (the rule of the core it breaks, when it breaks one); no register comes back.
/// </summary>
public sealed class DocumentRefusalRules
{
    private static JsonObject AgreementNamed(JsonObject tree, string id) =>
        tree["agreements"]!.AsArray().Single(a => (string)a!["id"]! == id)!.AsObject();

    private static int IndexOf(JsonObject tree, string id) =>
        tree["agreements"]!.AsArray().Select((a, i) => ((string)a!["id"]!, i)).Single(pair => pair.Item1 == id).i;

    [Fact]
    public void A_document_of_another_format_is_refused_as_not_a_register_document()
    {
        var refusal = Refusal(Documents.StoryWith(tree => tree["format"] = "diplomacy-core/catalog"));

        refusal.Path.Should().Be("$.format");
        refusal.Message.Should().Contain("\"diplomacy-core/catalog\"").And.Contain("not a register document");
        refusal.Rule.Should().BeNull();
    }

    [Fact]
    public void A_document_of_a_newer_version_is_refused_by_its_version()
    {
        var refusal = Refusal(Documents.StoryWith(tree => tree["version"] = RegisterDocument.Version + 1));

        refusal.Path.Should().Be("$.version");
        refusal.Message.Should().Contain($"version {RegisterDocument.Version + 1}, newer than this reader knows (version {RegisterDocument.Version})")
            .And.Contain("read it with a newer Diplomacy.Core.Interchange");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("\"1\"")]
    public void A_version_that_is_not_a_whole_number_from_one_is_refused(string version)
    {
        var refusal = Refusal($$"""{"format":"diplomacy-core/register","version":{{version}},"regions":[],"agreements":[],"delegations":[]}""");

        refusal.Path.Should().Be("$.version");
        refusal.Message.Should().Contain($"the version is {version}; it is a whole number from 1");
    }

    [Theory]
    [InlineData("""{"version":1,"format":"diplomacy-core/register","regions":[],"agreements":[],"delegations":[]}""", "$", "a register document starts with \"format\": \"diplomacy-core/register\", but it holds \"version\"")]
    [InlineData("""{"format":"diplomacy-core/register","regions":[],"agreements":[],"delegations":[]}""", "$", "a register document gives its \"version\" right after its format, but it holds \"regions\"")]
    [InlineData("""{"format":"diplomacy-core/register","version":1,"agreements":[],"regions":[],"delegations":[]}""", "$", "the document holds \"agreements\" where \"regions\" comes (regions, agreements, delegations, in this order, and nothing else)")]
    [InlineData("""{"format":"diplomacy-core/register","version":1,"regions":[],"agreements":[]}""", "$", "the document holds EndObject where \"delegations\" comes")]
    [InlineData("""{"format":"diplomacy-core/register","version":1,"regions":[],"agreements":[],"delegations":[],"extra":1}""", "$", "the document holds \"extra\" after \"delegations\"; it ends there")]
    [InlineData("""{"format":"diplomacy-core/register","version":1,"regions":{},"agreements":[],"delegations":[]}""", "$.regions", "\"regions\" is an array, but it holds StartObject")]
    [InlineData("""{"format":"diplomacy-core/register","version":1,"regions":[1],"agreements":[],"delegations":[]}""", "$.regions[0]", "an element of \"regions\" is 1, not an object")]
    [InlineData("""[]""", "$", "a register document is a JSON object, but it holds StartArray")]
    [InlineData("""{"format":1}""", "$.format", "the format is 1, not \"diplomacy-core/register\"")]
    public void A_document_whose_frame_is_out_of_order_or_of_the_wrong_shape_is_refused_with_the_rule_of_the_frame(string json, string path, string rule)
    {
        var refusal = Refusal(json);

        refusal.Path.Should().Be(path);
        refusal.Message.Should().Contain(rule);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_refused_with_its_path_and_line()
    {
        var indented = RegisterDocument.ToJson(StoryRegister.Build(), new RegisterDocumentOptions { Indented = true });
        var lines = indented.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("\"on\": \"..2025-09-22\"", StringComparison.Ordinal));
        lines[line] = lines[line].Replace("\"..2025-09-22\"", "20250922", StringComparison.Ordinal);
        var index = IndexOf(JsonNode.Parse(indented)!.AsObject(), "GG-TJ");

        var refusal = Refusal(string.Join('\n', lines));

        refusal.Path.Should().Be($"$.agreements[{index}].history[0].on");
        refusal.Line.Should().Be(line + 1);
        refusal.BytePositionInLine.Should().BeGreaterThan(0);
        refusal.InnerException.Should().BeOfType<JsonException>();
    }

    [Fact]
    public void A_date_not_written_as_people_write_it_is_refused_with_its_path()
    {
        var refusal = Refusal(Documents.StoryWith(tree => AgreementNamed(tree, "GG-TJ")["history"]![0]!["on"] = "22/09/2025"));

        refusal.Path.Should().EndWith(".history[0].on");
        refusal.Message.Should().Contain("22/09/2025");
    }

    [Theory]
    [InlineData("suspended")]
    [InlineData("resumed")]
    public void A_stored_history_that_breaks_a_rule_is_refused_naming_the_rule(string kind)
    {
        var json = Documents.StoryWith(tree =>
        {
            var history = AgreementNamed(tree, "GG-TJ")["history"]!.AsArray();
            history.Add(new JsonObject { ["event"] = "resumed", ["on"] = "2025-12-01" });
            if (kind == "suspended")
            {
                history.Add(new JsonObject { ["event"] = "resumed", ["on"] = "2025-12-02" });
            }
        });

        var refusal = Refusal(json);

        refusal.Rule.Should().Be(DomainRule.ResumeOnlyASuspendedAgreement);
        refusal.InnerException.Should().BeOfType<DomainRuleException>().Which.Rule.Should().Be(DomainRule.ResumeOnlyASuspendedAgreement);
        refusal.Path.Should().MatchRegex(@"^\$\.agreements\[\d+\]$");
        refusal.Message.Should().Contain("ResumeOnlyASuspendedAgreement");
        refusal.Line.Should().Be(1);
    }

    [Fact]
    public void A_duplicate_tie_not_marked_distinct_is_refused_by_the_register_rule()
    {
        var refusal = Refusal(Documents.StoryWith(tree => AgreementNamed(tree, "GG-SH-2025-B").Remove("distinct")));

        refusal.Rule.Should().Be(DomainRule.AgreementMustNotDuplicateATie);
    }

    [Fact]
    public void A_reference_to_a_region_not_written_before_is_refused_with_its_path()
    {
        var refusal = Refusal(Documents.StoryWith(tree => AgreementNamed(tree, "GG-TJ")["parties"]![1]!["region"] = "JP-13"));

        refusal.Path.Should().Be($"$.agreements[{IndexOf(JsonNode.Parse(RegisterDocument.ToJson(StoryRegister.Build()))!.AsObject(), "GG-TJ")}].parties[1].region");
        refusal.Message.Should().Contain("JP-13");
    }

    [Theory]
    [InlineData("GG-TJ", "first party", ".parties[0].region", "The region JP-13 is not among the regions written before it")] // the first element of a list is named by its index too
    [InlineData("GG-TJ", "source of the agreement", ".sources[0]", "A source gives a url, a citation or both")]
    [InlineData("GG-TJ", "term of the signing", ".history[0].term", "A term gives either a length, which may renew automatically, or a last day, which does not")]
    [InlineData("GG-TJ", "source of the signing", ".history[0].sources[0]", "A source gives a url, a citation or both")]
    [InlineData("GG-TJ", "place of the signing", ".history[0].place", "The region JP-13 is not among the regions written before it")]
    [InlineData("GG-SH-2025", "second signatory", ".signatories[1].party", "The region JP-13 is not among the regions written before it")]
    [InlineData("GG-SH-2025", "second contact", ".contacts[1].party", "The region JP-13 is not among the regions written before it")]
    [InlineData("GG-LN-1993", "source of the retracted event", ".retractions[0].event.sources[0]", "A source gives a url, a citation or both")]
    [InlineData("SW-PD-2001", "terminating party", ".history[1].by", "The region JP-13 is not among the regions written before it")]
    [InlineData("SW-PD-1999", "withdrawing party", ".history[1].party", "The region JP-13 is not among the regions written before it")]
    public void A_fault_inside_an_agreement_is_refused_with_the_path_of_the_element_that_holds_it_and_the_reason(
        string id, string element, string path, string reason)
    {
        var json = Documents.StoryWith(tree =>
        {
            var agreement = AgreementNamed(tree, id);
            var history = agreement["history"]!.AsArray();
            switch (element)
            {
                case "first party": agreement["parties"]![0]!["region"] = "JP-13"; break;
                case "source of the agreement": agreement["sources"] = new JsonArray(new JsonObject()); break;
                case "term of the signing": history[0]!["term"] = new JsonObject { ["length"] = "P3Y", ["lastDay"] = "2030-01-01" }; break;
                case "source of the signing": history[0]!["sources"] = new JsonArray(new JsonObject()); break;
                case "place of the signing": history[0]!["place"] = "JP-13"; break;
                case "second signatory": agreement["signatories"]![1]!["party"] = "JP-13"; break;
                case "second contact": agreement["contacts"]![1]!["party"] = "JP-13"; break;
                case "source of the retracted event": agreement["retractions"]![0]!["event"]!["sources"] = new JsonArray(new JsonObject()); break;
                case "terminating party": history[1]!["by"] = "JP-13"; break;
                default: history[1]!["party"] = "JP-13"; break;
            }
        });

        var refusal = Refusal(json);

        refusal.Path.Should().Be($"$.agreements[{IndexOf(JsonNode.Parse(RegisterDocument.ToJson(StoryRegister.Build()))!.AsObject(), id)}]{path}");
        refusal.Message.Should().Contain(reason);
        refusal.InnerException.Should().BeAssignableTo<JsonException>();
    }

    [Fact]
    public void An_event_that_does_not_say_which_kind_it_is_is_refused_as_malformed()
    {
        var refusal = Refusal(Documents.StoryWith(tree => tree["agreements"]![0]!["history"]![0]!.AsObject().Remove("event")));

        refusal.Path.Should().Be("$.agreements[0]");
        refusal.Message.Should().Contain("must specify a type discriminator").And.Contain("$.history[0]");
    }

    [Fact]
    public void A_property_the_document_does_not_know_is_refused()
    {
        var refusal = Refusal(Documents.StoryWith(tree => AgreementNamed(tree, "GG-TJ")["colour"] = "red"));

        refusal.Path.Should().Contain(".colour");
    }

    [Fact]
    public void A_region_whose_code_is_malformed_is_refused_with_the_cores_reason()
    {
        var refusal = Refusal(Documents.StoryWith(tree => tree["regions"]![0]!["countryCode"] = "KOR"));

        refusal.Path.Should().Be("$.regions[0]");
        refusal.Message.Should().Contain("holds a value the core refuses");
        refusal.InnerException.Should().BeAssignableTo<ArgumentException>();
    }

    [Fact]
    public void A_document_cut_short_anywhere_is_refused()
    {
        var whole = RegisterDocument.ToJson(StoryRegister.Build());
        for (var length = 0; length < whole.Length; length += 41)
        {
            var cut = whole[..length];

            var read = () => RegisterDocument.Parse(cut);

            read.Should().Throw<RegisterDocumentException>("a document cut at {0} bytes is incomplete", length);
        }
    }

    [Fact]
    public void Content_after_the_document_is_refused()
    {
        var refusal = Refusal(RegisterDocument.ToJson(StoryRegister.Build()) + "{}");

        refusal.Line.Should().Be(1);
    }

    [Theory]
    [InlineData(9, false)] // the story nests nine levels deep: a counterpart met at a stop of a delegation
    [InlineData(8, true)]
    public void A_document_deeper_than_the_depth_limit_is_refused(int maxDepth, bool refused)
    {
        var json = RegisterDocument.ToJson(StoryRegister.Build());

        var read = () => RegisterDocument.Parse(json, new RegisterDocumentOptions { MaxDepth = maxDepth });

        if (refused)
        {
            read.Should().Throw<RegisterDocumentException>().Which.InnerException.Should().BeAssignableTo<JsonException>();
        }
        else
        {
            read.Should().NotThrow();
        }
    }

    [Theory]
    [InlineData(0, false)] // the limit is the document's own size
    [InlineData(-1, true)]
    public void A_document_larger_than_the_size_limit_is_refused(int slack, bool refused)
    {
        var json = RegisterDocument.ToJson(StoryRegister.Build());
        var size = Encoding.UTF8.GetByteCount(json);

        var read = () => RegisterDocument.Parse(json, new RegisterDocumentOptions { MaxDocumentBytes = size + slack });

        if (refused)
        {
            read.Should().Throw<RegisterDocumentException>().WithMessage($"*limit of {size - 1} bytes*");
        }
        else
        {
            read.Should().NotThrow();
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void The_limits_must_be_positive(int value)
    {
        var depth = () => new RegisterDocumentOptions { MaxDepth = value };
        var size = () => new RegisterDocumentOptions { MaxDocumentBytes = value };

        depth.Should().Throw<ArgumentOutOfRangeException>();
        size.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_default_limits_are_stated()
    {
        RegisterDocumentOptions.Default.MaxDepth.Should().Be(64);
        RegisterDocumentOptions.Default.MaxDocumentBytes.Should().Be(2L * 1024 * 1024 * 1024);
        RegisterDocumentOptions.Default.Indented.Should().BeFalse();
    }

    [Fact]
    public async Task The_asynchronous_reader_refuses_as_the_synchronous_one()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Documents.StoryWith(tree => tree["version"] = 9)));

        var read = () => RegisterDocument.ReadAsync(stream, cancellationToken: TestContext.Current.CancellationToken);

        (await read.Should().ThrowAsync<RegisterDocumentException>()).Which.Path.Should().Be("$.version");
    }
    [Theory]
    [InlineData("\"kind\": \"cooperationMemorandum\"", "\"kind\": 2", "kind")]
    [InlineData("\"reason\": \"pandemic\"", "\"reason\": 0", "reason")]
    [InlineData("\"direction\": \"outbound\"", "\"direction\": 0", "direction")]
    [InlineData("\"status\": \"open\"", "\"status\": 0", "status")]
    public void A_kind_reason_direction_or_status_written_as_a_number_is_refused_with_its_path(string word, string number, string property)
    {
        var json = RegisterDocument.ToJson(StoryRegister.Build(), new RegisterDocumentOptions { Indented = true });
        var at = json.IndexOf(word, StringComparison.Ordinal);

        var refusal = Refusal(string.Concat(json.AsSpan(0, at), number, json.AsSpan(at + word.Length)));

        refusal.Path.Should().EndWith("." + property);
        refusal.InnerException.Should().BeOfType<JsonException>();
    }

    [Fact]
    public void A_date_written_as_a_number_is_refused_saying_a_date_is_a_string()
    {
        var refusal = Refusal(Documents.StoryWith(tree => AgreementNamed(tree, "GG-TJ")["history"]![0]!["on"] = 2025));

        refusal.Path.Should().EndWith(".history[0].on");
        refusal.Message.Should().Contain("A date is a string such as \"2025-09-22\"").And.Contain("found Number");
    }
}
