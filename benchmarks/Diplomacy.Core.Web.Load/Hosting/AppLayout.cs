namespace Diplomacy.Core.Web.Load.Hosting;

/// <summary>Where the built web app is: its assembly (Release build output) and its content root (the project folder, for wwwroot).</summary>
/// <param name="Assembly">The web app's <c>Diplomacy.Core.Web.dll</c>.</param>
/// <param name="ContentRoot">The folder the app runs in.</param>
internal sealed record AppLayout(string Assembly, string ContentRoot)
{
    private const string Project = "samples/Diplomacy.Core.Web";

    /// <summary>The app built in Release in this repository, found by walking up to <c>Diplomacy.Core.sln</c>; or the assembly given.</summary>
    /// <exception cref="InvalidOperationException">No such build output exists.</exception>
    public static AppLayout Find(string? assembly)
    {
        var root = RepositoryRoot();
        var project = Path.Combine(root, Project);
        var built = assembly ?? Path.Combine(project, "bin", "Release", "net10.0", "Diplomacy.Core.Web.dll");
        return File.Exists(built)
            ? new AppLayout(Path.GetFullPath(built), project)
            : throw new InvalidOperationException($"No web app at {built}: build it first (dotnet build {Project} -c Release), or name it with --app.");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Diplomacy.Core.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Diplomacy.Core.sln above {AppContext.BaseDirectory}.");
    }
}
