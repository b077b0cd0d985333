using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Reference.Tests;

/// <summary>A directory or a register is filled from the catalog in one call, with the ancestors it lacks.</summary>
public sealed class CatalogFilling
{
    [Fact]
    public void A_region_joins_with_the_ancestors_the_directory_lacks()
    {
        var directory = new RegionDirectory();

        Catalog.AddTo(directory, "CN-31");

        directory.Regions.Select(r => r.Id.Value).Should().Equal("CN", "CN-SH");
        directory.Find(SubdivisionCode.Parse("CN-31")).Should().Be(Catalog.Region("CN-SH"));
    }

    [Fact]
    public void A_country_joins_with_its_divisions_when_asked()
    {
        var register = Register.Open();

        Catalog.AddTo(register.Directory, "KR", withDescendants: true);

        register.Directory.Count.Should().Be(18);
        register.Directory.ChildrenOf(Catalog.Region("KR")).Should().HaveCount(17);
    }

    [Fact]
    public void Descendants_come_at_every_depth()
    {
        var directory = new RegionDirectory();

        Catalog.AddTo(directory, "GB", withDescendants: true);

        directory.Resolve("GB-BIR")!.Parent!.Id.Value.Should().Be("GB-ENG");
    }

    [Fact]
    public void Regions_already_in_the_directory_are_kept_as_they_are()
    {
        var directory = new RegionDirectory();
        Catalog.AddTo(directory, "KR");

        Catalog.AddTo(directory, "KR-41");
        Catalog.AddTo(directory, "KR-41");

        directory.Regions.Select(r => r.Id.Value).Should().Equal("KR", "KR-41");
    }

    [Fact]
    public void A_register_filled_from_the_catalog_answers_coverage_of_a_catalog_cohort()
    {
        var register = Register.Open();
        Catalog.AddTo(register.Directory, "CN", withDescendants: true);
        Catalog.AddTo(register.Directory, "KR-41");

        var coverage = register.Coverage(Catalog.Region("KR-41"), Catalog.DivisionsOf("CN"), new LocalDate(2025, 9, 26));

        coverage.Total.Should().Be(34);
        coverage.Covered.Should().BeEmpty();
    }

    [Fact]
    public void A_key_held_by_another_region_refuses_the_whole_batch()
    {
        var directory = new RegionDirectory();
        var mine = Region.CreatePlace(new RegionId("CN-31"), AdministrativeKind.Other, RegionNames.Of("en", "Mine"), null, "Asia/Shanghai");
        directory.Add(mine);

        var refused = () => Catalog.AddTo(directory, "CN-SH");

        refused.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.RegionKeyMustBeUnique);
        directory.Regions.Should().Equal(mine);
    }

    [Fact]
    public void The_whole_catalog_fills_a_directory()
    {
        var directory = new RegionDirectory();

        Catalog.AddAllTo(directory);

        directory.Count.Should().Be(CatalogData.Instance.Value.Count);
        directory.Resolve("CN-31").Should().Be(Catalog.Region("CN-SH"));
    }
}
