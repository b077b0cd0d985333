using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Reference.Tests;

/// <summary>A cohort of a country's divisions is one call, and the core's built-in cohorts agree with it.</summary>
public sealed class CatalogCohorts
{
    public static TheoryData<string, string> BuiltIn => new()
    {
        { nameof(BuiltInCohorts.ChinaProvinceLevelDivisions), "CN" },
        { nameof(BuiltInCohorts.KoreaFirstLevelDivisions), "KR" },
        { nameof(BuiltInCohorts.JapanPrefectures), "JP" },
    };

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void A_built_in_cohort_holds_the_catalog_s_divisions_under_the_same_current_and_former_codes(string cohortName, string country)
    {
        var builtIn = (Cohort)typeof(BuiltInCohorts).GetProperty(cohortName)!.GetValue(null)!;
        var fromCatalog = Catalog.DivisionsOf(country);

        builtIn.Members.Select(m => m.Key).Should().BeEquivalentTo(fromCatalog.Members.Select(m => m.Key));
        foreach (var member in builtIn.Members)
        {
            member.FormerKeys.Should().BeSubsetOf(fromCatalog.Members.Single(m => m.Key == member.Key).FormerKeys, member.Key.Value);
        }
    }

    [Fact]
    public void China_s_built_in_municipalities_are_the_catalog_s_direct_administered_municipalities()
    {
        foreach (var member in BuiltInCohorts.ChinaDirectAdministeredMunicipalities.Members)
        {
            var region = Catalog.Region(member.Key.Value);
            region.Kind.Should().Be(AdministrativeKind.DirectAdministeredMunicipality);
            member.Matches(region).Should().BeTrue();
        }
    }

    [Fact]
    public void A_cohort_of_a_division_holds_the_regions_inside_it()
    {
        var england = Catalog.DivisionsOf("GB-ENG", "England's districts");

        england.Name.Should().Be("England's districts");
        england.Count.Should().Be(Catalog.ChildrenOf(Catalog.Region("GB-ENG")).Count).And.BeGreaterThan(100);
    }

    [Fact]
    public void A_cohort_is_named_after_its_parent_in_English_by_default()
    {
        Catalog.DivisionsOf("KR").Name.Should().Be("Divisions of South Korea");
    }

    [Fact]
    public void A_region_without_divisions_gives_no_cohort()
    {
        var refused = () => Catalog.DivisionsOf("KR-41");

        refused.Should().Throw<ArgumentException>().Which.Should().Match<ArgumentException>(e => e.ParamName == "code" && e.Message.Contains("KR-41"));
    }
}
