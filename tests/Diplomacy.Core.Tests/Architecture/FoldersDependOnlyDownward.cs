using Diplomacy.Core.Geography;
using NetArchTest.Rules;

namespace Diplomacy.Core.Tests.Architecture;

/// <summary>
/// The core's folders (namespaces) form layers, each depending only on those below it, so that none reaches back
/// up and no two depend on each other. From the bottom: Geography (places); Calendar (dates, and today in a place's
/// zone); Agreements; Delegations and Coverage (side by side); Statistics; Leads (which word a tie's kind as the
/// statistics do); Portfolio, the register, at the top. The root namespace (the domain exception and its rules,
/// batch modes, guards) is below them all.
/// </summary>
public sealed class FoldersDependOnlyDownward
{
    private const string Core = "Diplomacy.Core";

    private static readonly string[] Folders =
        ["Geography", "Calendar", "Agreements", "Delegations", "Coverage", "Statistics", "Leads", "Portfolio"];

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>> Graph =
        new(() => Folders.ToDictionary(folder => folder, DependenciesOf) as IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>);

    [Fact]
    public void The_root_namespace_depends_on_no_folder_of_the_core()
    {
        var offending = Folders
            .Select(folder => (folder, result: Types.InAssembly(typeof(Region).Assembly)
                .That().ResideInNamespaceMatching(@"^Diplomacy\.Core$")
                .ShouldNot().HaveDependencyOn($"{Core}.{folder}")
                .GetResult()))
            .Where(check => !check.result.IsSuccessful)
            .Select(check => $"{string.Join(", ", check.result.FailingTypeNames)} -> {check.folder}");

        offending.Should().BeEmpty();
    }

    [Fact]
    public void Geography_depends_on_no_other_folder_of_the_core() => DependsOnlyOn("Geography");

    [Fact]
    public void Calendar_depends_only_on_Geography() => DependsOnlyOn("Calendar", "Geography");

    [Fact]
    public void Agreements_depend_only_on_Calendar_and_Geography() => DependsOnlyOn("Agreements", "Calendar", "Geography");

    [Fact]
    public void Delegations_depend_only_on_Agreements_Calendar_and_Geography() =>
        DependsOnlyOn("Delegations", "Agreements", "Calendar", "Geography");

    [Fact]
    public void Coverage_depends_only_on_Agreements_Calendar_and_Geography() =>
        DependsOnlyOn("Coverage", "Agreements", "Calendar", "Geography");

    [Fact]
    public void Statistics_depend_only_on_Coverage_Agreements_Calendar_and_Geography() =>
        DependsOnlyOn("Statistics", "Coverage", "Agreements", "Calendar", "Geography");

    [Fact]
    public void Leads_depend_only_on_Statistics_Coverage_Delegations_Agreements_Calendar_and_Geography() =>
        DependsOnlyOn("Leads", "Statistics", "Coverage", "Delegations", "Agreements", "Calendar", "Geography");

    [Fact]
    public void No_folder_depends_on_Portfolio_the_register_at_the_top()
    {
        var users = Graph.Value
            .Where(entry => entry.Value.ContainsKey("Portfolio"))
            .Select(entry => $"{entry.Key}: {string.Join(", ", entry.Value["Portfolio"])}");

        users.Should().BeEmpty();
    }

    [Fact]
    public void No_folder_depends_on_itself_through_others()
    {
        var cycles = Folders
            .Select(folder => CycleThrough(folder))
            .OfType<string>();

        cycles.Should().BeEmpty();
    }

    private static void DependsOnlyOn(string folder, params string[] allowed)
    {
        var wrong = Graph.Value[folder]
            .Where(dependency => !allowed.Contains(dependency.Key))
            .Select(dependency => $"{folder} -> {dependency.Key} ({string.Join(", ", dependency.Value)})");

        wrong.Should().BeEmpty();
    }

    /// <summary>A path from the folder back to itself, as text, or null when the folder is on no cycle.</summary>
    private static string? CycleThrough(string start)
    {
        var paths = new Queue<List<string>>([[start]]);
        var seen = new HashSet<string>();
        while (paths.TryDequeue(out var path))
        {
            foreach (var next in Graph.Value[path[^1]].Keys)
            {
                if (next == start)
                {
                    return string.Join(" -> ", path.Append(start));
                }

                if (seen.Add(next))
                {
                    paths.Enqueue([.. path, next]);
                }
            }
        }

        return null;
    }

    /// <summary>The other folders a folder's types depend on, each with the types that do.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<string>> DependenciesOf(string folder) =>
        Folders
            .Where(other => other != folder)
            .Select(other => (other, result: Types.InAssembly(typeof(Region).Assembly)
                .That().ResideInNamespace($"{Core}.{folder}")
                .ShouldNot().HaveDependencyOn($"{Core}.{other}")
                .GetResult()))
            .Where(check => !check.result.IsSuccessful)
            .ToDictionary(check => check.other, check => (IReadOnlyList<string>)[.. check.result.FailingTypeNames]);
}
