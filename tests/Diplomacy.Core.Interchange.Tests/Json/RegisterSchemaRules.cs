using System.Text.Json.Nodes;
using Diplomacy.Core.Interchange.Json;
using Diplomacy.Core.Interchange.Json.Documents;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;

namespace Diplomacy.Core.Interchange.Tests.Json;

/// <summary>
/// The JSON Schema shipped in the package is the one the code generates. When the document's types change, refresh the
/// committed file with
/// <c>DIPLOMACY_REFRESH_SCHEMA=1 dotnet test --project tests/Diplomacy.Core.Interchange.Tests -- --filter-class "*RegisterSchemaRules"</c>
/// and review its diff.
/// </summary>
public sealed class RegisterSchemaRules
{
    private static readonly string Committed = Path.Combine(Documents.RepositoryRoot(), "src", "Diplomacy.Core.Interchange", "register.schema.json");

    [Fact]
    public void The_committed_schema_is_the_one_the_code_generates()
    {
        var generated = RegisterDocumentSchema.Generate();
        if (Environment.GetEnvironmentVariable("DIPLOMACY_REFRESH_SCHEMA") == "1")
        {
            File.WriteAllText(Committed, generated);
        }

        File.ReadAllText(Committed).Should().Be(
            generated,
            "src/Diplomacy.Core.Interchange/register.schema.json must match the code; refresh it with "
            + "DIPLOMACY_REFRESH_SCHEMA=1 dotnet test --project tests/Diplomacy.Core.Interchange.Tests -- --filter-class \"*RegisterSchemaRules\"");
    }

    [Fact]
    public void The_package_ships_the_committed_schema()
    {
        RegisterDocument.Schema.Should().Be(File.ReadAllText(Committed));
    }

    [Fact]
    public void The_schema_describes_partial_dates_and_nodatime_values_as_strings_of_their_form()
    {
        var schema = JsonNode.Parse(RegisterDocument.Schema)!;
        var agreement = schema["properties"]!["agreements"]!["items"]!["properties"]!;
        var signed = agreement["history"]!["items"]!["anyOf"]!.AsArray().Single(s => (string?)s!["properties"]!["event"]!["const"] == "signed")!;

        ((string)schema["properties"]!["format"]!["const"]!).Should().Be(RegisterDocument.Format);
        ((int)schema["properties"]!["version"]!["const"]!).Should().Be(RegisterDocument.Version);
        ((string)signed["properties"]!["on"]!["type"]!).Should().Be("string");
        ((string)signed["properties"]!["on"]!["pattern"]!).Should().Contain("unknown");
        ((string)agreement["ceremony"]!["pattern"]!).Should().EndWith(@" \S+$");
        ((string)signed["properties"]!["term"]!["properties"]!["lastDay"]!["format"]!).Should().Be("date");
        signed["properties"]!["kind"]!["enum"]!.AsArray().Select(kind => (string)kind!).Should().Contain("sisterCity");
    }

    [Theory]
    [InlineData("2025-09-22")]
    [InlineData("1993-10")]
    [InlineData("2011")]
    [InlineData("..2025-09-22")]
    [InlineData("2011-01-01..")]
    [InlineData("2011-01-01..2012-06-30")]
    [InlineData("unknown")]
    public void The_schema_pattern_of_a_date_accepts_every_form_the_writer_writes(string written)
    {
        var schema = JsonNode.Parse(RegisterDocument.Schema)!;
        var commitment = schema["properties"]!["delegations"]!["items"]!["properties"]!["commitments"]!["items"]!["properties"]!;

        written.Should().MatchRegex((string)commitment["due"]!["pattern"]!);
    }
}
