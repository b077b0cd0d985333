using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Reference.Tests;

/// <summary>A name finds every region that bears it, however many entries share it or its hash.</summary>
public sealed class CatalogSharedNames
{
    [Fact]
    public void A_name_borne_by_a_country_and_a_subdivision_finds_both()
    {
        Catalog.FindByName("Georgia").Select(region => region.Id.Value).Should().Contain(["GE", "US-GA"]);
    }

    [Fact]
    public void The_name_with_the_largest_hash_finds_its_entry()
    {
        // The last name of the sorted index: a lookup must stop at the end of the table, not read past it.
        var data = CatalogData.Instance.Value;
        var (entry, name) = Enumerable.Range(0, data.Count)
            .SelectMany(at => data.NamesAt(at).Select(names => (at, names.Name)))
            .MaxBy(pair => RegionNameComparer.Instance.GetHashCode(pair.Name));

        data.FindByName(name).Should().Contain(data.RegionAt(entry));
    }

    [Fact]
    public void A_name_that_only_shares_its_hash_with_a_name_of_the_catalog_finds_nothing()
    {
        // The index is a table of hashes, so a name of another spelling can land on an entry: the hit must be confirmed
        // by the names themselves. The comparer's hashes change from process to process, so the colliding name is
        // searched for here; about one in 17,000 names hits one of the catalog's quarter of a million.
        var data = CatalogData.Instance.Value;
        var hashes = Enumerable.Range(0, data.Count)
            .SelectMany(data.LookupNamesAt)
            .Select(RegionNameComparer.Instance.GetHashCode)
            .ToHashSet();
        var collider = Enumerable.Range(0, 10_000_000)
            .Select(n => $"Nowhere {n}")
            .First(name => hashes.Contains(RegionNameComparer.Instance.GetHashCode(name)));

        Catalog.FindByName(collider).Should().BeEmpty();
    }
}
