namespace Diplomacy.Core.Tests.Conventions;

/// <summary>No public type is named after a technique instead of the domain: no *Helper, *Util*, *Manager.</summary>
public sealed class NoVagueTypeNames
{
    [Fact]
    public void No_public_type_is_a_helper_a_utility_or_a_manager()
    {
        PackageTypes.Public
            .Where(type => type.Name.EndsWith("Helper", StringComparison.Ordinal)
                || type.Name.EndsWith("Helpers", StringComparison.Ordinal)
                || type.Name.Contains("Util", StringComparison.Ordinal)
                || type.Name.EndsWith("Manager", StringComparison.Ordinal))
            .Should().BeEmpty();
    }
}
