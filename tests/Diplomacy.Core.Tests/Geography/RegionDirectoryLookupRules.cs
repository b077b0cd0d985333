using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>A directory finds a region by any of its keys: id, current or replaced code, Wikidata id, any name.</summary>
public sealed class RegionDirectoryLookupRules
{
    [Fact]
    public void A_replaced_subdivision_code_still_finds_its_region()
    {
        var directory = Seed.Directory();

        directory.Find(SubdivisionCode.Parse("CN-31")).Should().Be(Seed.Shanghai);
    }
}
