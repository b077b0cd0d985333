using System.Globalization;
using System.Text.Json.Nodes;
using Diplomacy.Core.Interchange.Json;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Interchange.Tests.Json.Fixtures;

/// <summary>Helpers to look at written documents and to find the files the repository keeps beside the code.</summary>
public static class Documents
{
    /// <summary>The written document as a tree, to assert on its text value by value.</summary>
    public static JsonNode Tree(Register register) => JsonNode.Parse(RegisterDocument.ToJson(register))!;

    /// <summary>The story register's document with one value replaced, for refusal tests.</summary>
    public static string StoryWith(Action<JsonObject> change)
    {
        var tree = Tree(StoryRegister.Build()).AsObject();
        change(tree);
        return tree.ToJsonString();
    }

    /// <summary>The element of <paramref name="section"/> ("regions", "agreements" or "delegations") with the id given, and its index there.</summary>
    public static (JsonObject Element, int Index) Element(JsonObject tree, string section, string id)
    {
        var elements = tree[section]!.AsArray();
        var index = elements.Select((element, i) => ((string)element!["id"]!, i)).Single(pair => pair.Item1 == id).i;
        return (elements[index]!.AsObject(), index);
    }

    /// <summary>Replaces the value at <paramref name="property"/>, a path below <paramref name="element"/> such as <c>history[1].reason</c>.</summary>
    public static void Replace(JsonNode element, string property, JsonNode value)
    {
        var steps = property.Split('.');
        var owner = element;
        foreach (var step in steps[..^1])
        {
            var bracket = step.IndexOf('[', StringComparison.Ordinal);
            owner = owner[step[..bracket]]![int.Parse(step[(bracket + 1)..^1], CultureInfo.InvariantCulture)]!;
        }

        owner[steps[^1]] = value;
    }

    /// <summary>The refusal of a document that must not load; the assertion fails if it loads.</summary>
    public static RegisterDocumentException Refusal(string json, RegisterDocumentOptions? options = null)
    {
        var read = () => RegisterDocument.Parse(json, options);
        return read.Should().Throw<RegisterDocumentException>().Which;
    }

    /// <summary>
    /// The repository's root: the nearest folder above the test binaries that holds the solution. Not the source
    /// file's path, which a CI build (ContinuousIntegrationBuild) maps to <c>/_/</c>.
    /// </summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Diplomacy.Core.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Diplomacy.Core.sln.");
    }
}
