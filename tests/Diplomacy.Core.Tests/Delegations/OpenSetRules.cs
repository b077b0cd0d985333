using Diplomacy.Core.Delegations;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>Member roles and organization fields are open sets: a user's own value equals a well-known one of the same name.</summary>
public sealed class OpenSetRules
{
    [Theory]
    [InlineData("council chair")]
    [InlineData("Council Chair")]
    [InlineData("  council   chair ")]
    public void A_role_named_like_a_well_known_role_is_that_role(string name)
    {
        new MemberRole(name).Should().Be(MemberRole.CouncilChair);
    }

    [Fact]
    public void A_register_may_name_its_own_role()
    {
        var interpreter = new MemberRole("interpreter");

        var member = new DelegationMember("Lee Ji-eun", "Interpreter", interpreter);

        member.Role.Should().Be(new MemberRole("Interpreter")).And.NotBe(MemberRole.Official);
    }

    [Fact]
    public void A_field_named_like_a_well_known_field_is_that_field()
    {
        new OrganizationField("physical ai").Should().Be(OrganizationField.PhysicalAi);
        new OrganizationField("physical ai").GetHashCode().Should().Be(OrganizationField.PhysicalAi.GetHashCode());
    }

    [Fact]
    public void A_member_without_a_role_is_refused()
    {
        var act = () => new DelegationMember("Kim Dong-yeon", "Governor", default);

        act.Should().Throw<ArgumentException>().WithParameterName("role");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_role_name_is_refused(string name)
    {
        var act = () => new MemberRole(name);

        act.Should().Throw<ArgumentException>().WithParameterName(nameof(name));
    }
}
