using System.Reflection;

namespace Diplomacy.Core.Tests.Conventions;

/// <summary>The package depends on NodaTime, Ardalis.GuardClauses and the .NET framework, and on nothing else.</summary>
public sealed class ReferencesOnlyNodaTimeAndGuardClauses
{
    private static readonly string[] Allowed = ["NodaTime", "Ardalis.GuardClauses"];

    [Fact]
    public void The_package_references_no_assembly_but_NodaTime_GuardClauses_and_the_framework()
    {
        var frameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

        var others = PackageTypes.Assembly.GetReferencedAssemblies()
            .Where(reference => !Allowed.Contains(reference.Name))
            .Where(reference => Path.GetDirectoryName(Assembly.Load(reference).Location) != frameworkFolder)
            .Select(reference => reference.Name);

        others.Should().BeEmpty();
    }

    [Fact]
    public void The_package_does_reference_NodaTime_and_GuardClauses()
    {
        PackageTypes.Assembly.GetReferencedAssemblies().Select(reference => reference.Name).Should().Contain(Allowed);
    }
}
