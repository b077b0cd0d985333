using System.Text.RegularExpressions;

namespace Diplomacy.Core.Tests.Conventions;

/// <summary>Every type lives in a file named after it, in a folder that matches its namespace (Diplomacy.Core.X ↔ X/).</summary>
public sealed partial class NamespacesFollowFolders
{
    [Fact]
    public void Every_public_type_lives_in_a_file_named_after_it_in_the_folder_of_its_namespace()
    {
        var source = PackageTypes.SourceFolder();

        var misplaced = PackageTypes.Public
            .Where(type => !type.IsNested)
            .Where(type => !File.Exists(Path.Combine(FolderOf(source, type.Namespace!), $"{NameWithoutArity(type.Name)}.cs")))
            .Select(type => type.FullName);

        misplaced.Should().BeEmpty();
    }

    [Fact]
    public void Every_source_file_declares_the_namespace_of_its_folder()
    {
        var source = PackageTypes.SourceFolder();

        var wrong = SourceFiles(source)
            .Select(file => (file, expected: ExpectedNamespace(source, file), declared: DeclaredNamespace().Match(File.ReadAllText(file.FullName)).Groups[1].Value))
            .Where(entry => entry.declared != entry.expected)
            .Select(entry => $"{Path.GetRelativePath(source.FullName, entry.file.FullName)}: {entry.declared}, expected {entry.expected}");

        wrong.Should().BeEmpty();
    }

    private static IEnumerable<FileInfo> SourceFiles(DirectoryInfo source) =>
        source.EnumerateFiles("*.cs", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(source.FullName, file.FullName).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    private static string ExpectedNamespace(DirectoryInfo source, FileInfo file)
    {
        var relative = Path.GetRelativePath(source.FullName, file.DirectoryName!);
        return relative == "." ? "Diplomacy.Core" : "Diplomacy.Core." + relative.Replace(Path.DirectorySeparatorChar, '.');
    }

    private static string FolderOf(DirectoryInfo source, string ns) =>
        Path.Combine([source.FullName, .. ns.Split('.').Skip(2)]);

    private static string NameWithoutArity(string name) => name.Split('`')[0];

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex DeclaredNamespace();
}
