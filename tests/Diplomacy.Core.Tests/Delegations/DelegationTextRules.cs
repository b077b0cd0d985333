using Diplomacy.Core.Delegations;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>A delegation and the people and organizations in it read, in logs and reports, the way a protocol officer writes them.</summary>
public sealed class DelegationTextRules
{
    [Fact]
    public void An_outbound_delegation_reads_as_its_id_and_the_region_it_left_from()
    {
        GyeonggiToChina().ToString().Should().Be("GG-2025-CN (Outbound from 경기도 (KR-41))");
    }

    [Fact]
    public void An_inbound_delegation_reads_as_its_id_and_the_region_it_came_to()
    {
        ShanghaiToGyeonggi().ToString().Should().Be("SH-2025-GG (Inbound to 경기도 (KR-41))");
    }

    [Fact]
    public void A_counterpart_reads_as_title_then_name()
    {
        new Counterpart("Gong Zheng", "Mayor of Shanghai").ToString().Should().Be("Mayor of Shanghai Gong Zheng");
    }

    [Fact]
    public void An_organization_reads_as_its_name_with_its_field_when_known()
    {
        new Organization("Hancom", new OrganizationField("AI data")).ToString().Should().Be("Hancom (AI data)");
        new Organization("Tencent").ToString().Should().Be("Tencent");
    }

    [Fact]
    public void Open_set_values_read_as_their_names()
    {
        MemberRole.Governor.ToString().Should().Be("governor");
        new OrganizationField("AI robotics").ToString().Should().Be("AI robotics");
    }

    [Fact]
    public void A_member_reads_as_title_then_name()
    {
        Governor.ToString().Should().Be("Governor of Gyeonggi Province Kim Dong-yeon");
    }

    [Fact]
    public void A_stop_reads_as_its_place_and_its_local_times_in_the_place_s_zone()
    {
        var stop = GyeonggiToChina().AddStop(Seed.Shanghai, At(2025, 9, 24, 13, 0), At(2025, 9, 26, 10, 0));

        stop.ToString().Should().Be("上海市 (CN-SH) 2025-09-24 13:00 → 2025-09-26 10:00 Asia/Shanghai");
    }

    [Fact]
    public void A_default_id_or_field_reads_as_the_empty_text()
    {
        default(DelegationId).Value.Should().BeEmpty();
        default(OrganizationField).Name.Should().BeEmpty();
    }
}
