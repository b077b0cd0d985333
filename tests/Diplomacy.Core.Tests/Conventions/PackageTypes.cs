using System.Reflection;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Tests.Conventions;

/// <summary>The package's public types as the convention tests see them.</summary>
internal static class PackageTypes
{
    public static Assembly Assembly => typeof(Region).Assembly;

    public static IEnumerable<Type> Public => Assembly.GetExportedTypes();

    /// <summary>The package's source folder, found by walking up from the test's output folder.</summary>
    public static DirectoryInfo SourceFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var source = new DirectoryInfo(Path.Combine(folder.FullName, "src", "Diplomacy.Core"));
            if (source.Exists)
            {
                return source;
            }
        }

        throw new DirectoryNotFoundException($"No src/Diplomacy.Core above {AppContext.BaseDirectory}.");
    }
}
