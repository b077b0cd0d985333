using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Delegations;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography;

/// <summary>A region needs no rebuild of its own: everything it holds is public and its factories take it all back.</summary>
public sealed class RegionStorageRules
{
    public static TheoryData<string> Stored { get; } = [.. Regions().Select(region => region.Id.Value)];

    [Theory]
    [MemberData(nameof(Stored))]
    public void A_region_made_again_by_its_factories_from_what_it_shows_is_the_same_region(string id)
    {
        var stored = Regions().Single(region => region.Id.Value == id);

        var made = MadeAgain(stored, stored.Parent is { } parent ? MadeAgain(parent, parent.Parent) : null);

        made.Id.Should().Be(stored.Id);
        made.Kind.Should().Be(stored.Kind);
        made.Names.Primary.Should().Be(stored.Names.Primary);
        made.Names.All.Should().BeEquivalentTo(stored.Names.All);
        made.TimeZone.Should().Be(stored.TimeZone);
        made.Parent?.Id.Should().Be(stored.Parent?.Id);
        made.CountryCode.Should().Be(stored.CountryCode);
        made.SubdivisionCode.Should().Be(stored.SubdivisionCode);
        made.FormerSubdivisionCodes.Should().Equal(stored.FormerSubdivisionCodes);
        made.WikidataId.Should().Be(stored.WikidataId);
    }

    private static IEnumerable<Region> Regions() => [.. Seed.All, SeedRegister.Pudong, Trips.Prague];

    private static Region MadeAgain(Region stored, Region? parent)
    {
        var names = stored.Names.All.Where(name => name != stored.Names.Primary)
            .Aggregate(RegionNames.Of(stored.Names.Primary.Language.ToString(), stored.Names.Primary.Text), (set, name) => set.And(name.Language.ToString(), name.Text));
        if (stored.CountryCode is { } country)
        {
            return Region.CreateCountry(country, names, stored.TimeZone.Id, stored.WikidataId);
        }

        return stored.SubdivisionCode is { } code
            ? Region.CreateSubdivision(code, stored.Kind, names, parent!, stored.TimeZone.Id, stored.WikidataId, stored.FormerSubdivisionCodes)
            : Region.CreatePlace(stored.Id, stored.Kind, names, parent, stored.TimeZone.Id, stored.WikidataId);
    }
}
