namespace Diplomacy.Core.Tests.Conventions;

/// <summary>Every concrete public class in the package is sealed: extension is by composition, not inheritance.</summary>
public sealed class EveryConcreteClassIsSealed
{
    [Fact]
    public void Every_concrete_public_class_is_sealed()
    {
        PackageTypes.Public
            .Where(type => type.IsClass && !type.IsAbstract && !type.IsSealed)
            .Should().BeEmpty();
    }
}
