using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>Fields of cooperation are a well-known set that users can extend; a field is its name, whatever the case.</summary>
public sealed class CooperationFieldRules
{
    [Fact]
    public void A_field_named_like_a_well_known_field_is_that_field_whatever_its_case()
    {
        var field = CooperationField.Of("  Urban Management ");

        field.Should().Be(CooperationField.UrbanManagement);
        field.Name.Should().Be("urban management");
        field.IsWellKnown.Should().BeTrue();
    }

    [Theory]
    [InlineData("ECONOMY")] // the first of the well-known fields
    [InlineData("People-To-People")] // the last
    public void A_well_known_field_keeps_its_own_spelling_whatever_the_case_it_is_named_in(string name)
    {
        var field = CooperationField.Of(name);

        field.Name.Should().Be(name.ToLowerInvariant());
        field.IsWellKnown.Should().BeTrue();
    }

    [Fact]
    public void The_default_field_has_an_empty_name_and_is_not_well_known()
    {
        var field = default(CooperationField);

        field.Name.Should().BeEmpty();
        field.IsWellKnown.Should().BeFalse();
    }

    [Fact]
    public void A_user_can_define_a_field_of_their_own()
    {
        var care = CooperationField.Of("elderly care");

        care.IsWellKnown.Should().BeFalse();
        care.Should().Be(CooperationField.Of("Elderly Care"));
    }

    [Fact]
    public void A_field_name_with_runs_of_white_space_is_the_same_field_as_with_single_spaces()
    {
        CooperationField.Of("elderly   care").Should().Be(CooperationField.Of("elderly care"));
        CooperationField.Of("elderly   care").Name.Should().Be("elderly care");
    }

    [Fact]
    public void The_well_known_set_holds_the_eighteen_fields_registers_use()
    {
        CooperationField.WellKnown.Should().HaveCount(18).And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void An_agreement_covers_each_field_once()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).SignedOn(2025, 9, 23);

        mou.AddField(CooperationField.Ict);
        mou.AddField(CooperationField.Of("ict"));

        mou.Fields.Should().Equal(CooperationField.Ict);
    }

    [Fact]
    public void The_default_field_is_refused_as_a_malformed_argument()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).SignedOn(2025, 9, 23);

        var adding = () => mou.AddField(default);

        adding.Should().Throw<ArgumentException>().WithParameterName("field");
        mou.Fields.Should().BeEmpty();
    }
}
