using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Geography.Rules;

/// <summary>A subdivision's ISO 3166-2 codes, current and former, belong to the country the region lies in.</summary>
public sealed class SubdivisionCodeMustMatchCountry
{
    private static readonly RegionNames Names = RegionNames.Of("en", "Somewhere");

    [Fact]
    public void A_subdivision_code_of_another_country_is_refused()
    {
        var create = () => Region.CreateSubdivision(SubdivisionCode.Parse("CN-SH"), AdministrativeKind.DirectAdministeredMunicipality, Names, Seed.Korea);

        var thrown = create.Should().Throw<DomainRuleException>().WithMessage("The subdivision code CN-SH belongs to CN, but the region lies in KR (*).").Which;
        thrown.Rule.Should().Be(DomainRule.SubdivisionCodeMustMatchCountry);
        thrown.SubjectId.Should().Be("CN-SH");
    }

    [Fact]
    public void A_former_code_of_another_country_is_refused()
    {
        var create = () => Region.CreateSubdivision(
            SubdivisionCode.Parse("CN-SH"), AdministrativeKind.DirectAdministeredMunicipality, Names, Seed.China, formerCodes: [SubdivisionCode.Parse("KR-31")]);

        create.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.SubdivisionCodeMustMatchCountry);
    }

    [Fact]
    public void A_subdivision_code_must_match_the_country_even_below_the_first_level()
    {
        var create = () => Region.CreateSubdivision(SubdivisionCode.Parse("JP-13"), AdministrativeKind.City, Names, Seed.Gyeonggi);

        create.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.SubdivisionCodeMustMatchCountry);
    }
}
