using System.Runtime.CompilerServices;
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

    /// <summary>The repository's root, found from this source file.</summary>
    public static string RepositoryRoot() => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "..", "..", ".."));

    private static string ThisFile([CallerFilePath] string here = "") => here;
}
