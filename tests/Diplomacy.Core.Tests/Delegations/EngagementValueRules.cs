using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Delegations.Trips;

namespace Diplomacy.Core.Tests.Delegations;

/// <summary>Engagements are values, checked when described: a gift of something, a meeting with someone, a signing between two parties.</summary>
public sealed class EngagementValueRules
{
    private static readonly Counterpart MayorGong = new("Gong Zheng", "Mayor of Shanghai");

    private static Agreement MouWith(string id, string? title = null) => Agreement.Sign(
        new AgreementId(id), AgreementKind.CooperationMemorandum, [Party.FromRegion(Seed.Gyeonggi), Party.FromRegion(Seed.Shanghai)], PartialDate.On(new LocalDate(2025, 9, 25)), title: title);

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    public void A_gift_is_of_at_least_one_item(int quantity)
    {
        var act = () => new Gift(At(2025, 9, 25, 17, 0), "books by Korean authors", quantity, "Shanghai Library");

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(quantity));
    }

    [Fact]
    public void A_meeting_is_with_at_least_one_counterpart()
    {
        var act = () => new Meeting(At(2025, 9, 25, 14, 30), []);

        act.Should().Throw<ArgumentException>().WithParameterName("counterparts");
    }

    [Fact]
    public void A_signing_has_at_least_two_parties()
    {
        var act = () => new Signing(At(2025, 9, 25, 15, 0), "MOU", [Seed.Shanghai]);

        act.Should().Throw<ArgumentException>().WithParameterName("parties");
    }

    [Fact]
    public void A_signing_names_each_party_once()
    {
        var act = () => new Signing(At(2025, 9, 25, 15, 0), "MOU", [Seed.Shanghai, Seed.Gyeonggi, Seed.Shanghai]);

        act.Should().Throw<ArgumentException>().WithParameterName("parties");
    }

    [Fact]
    public void Two_meetings_at_the_same_time_with_the_same_counterparts_are_equal()
    {
        var first = new Meeting(At(2025, 9, 25, 14, 30), [new Counterpart("Gong Zheng", "Mayor of Shanghai")], "Cooperation");
        var second = new Meeting(At(2025, 9, 25, 14, 30), [new Counterpart("Gong Zheng", "Mayor of Shanghai")], "Cooperation");

        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void Two_signings_between_the_same_parties_in_another_order_differ()
    {
        var first = new Signing(At(2025, 9, 25, 15, 0), "MOU", [Seed.Gyeonggi, Seed.Shanghai]);
        var second = new Signing(At(2025, 9, 25, 15, 0), "MOU", [Seed.Shanghai, Seed.Gyeonggi]);

        first.Should().NotBe(second);
    }

    [Fact]
    public void Engagements_of_different_kinds_at_the_same_time_differ()
    {
        Engagement visit = new SiteVisit(At(2025, 9, 25, 10, 0), new Organization("Tencent"));
        Engagement fair = new EventParticipation(At(2025, 9, 25, 10, 0), "Tencent");

        visit.Should().NotBe(fair);
    }

    [Fact]
    public void A_meeting_or_signing_without_its_list_of_people_or_parties_is_refused_naming_the_list()
    {
        var meeting = () => new Meeting(At(2025, 9, 25, 14, 30), null!);
        var signing = () => new Signing(At(2025, 9, 25, 15, 0), "MOU", null!);

        meeting.Should().Throw<ArgumentNullException>().WithParameterName("counterparts");
        signing.Should().Throw<ArgumentNullException>().WithParameterName("parties");
    }

    [Fact]
    public void A_meeting_keeps_its_subject_trimmed_and_may_have_none()
    {
        var talks = new Meeting(At(2025, 9, 25, 14, 30), [MayorGong], "  Friendly cooperation ");
        var untitled = new Meeting(At(2025, 9, 25, 14, 30), [MayorGong]);

        talks.Subject.Should().Be("Friendly cooperation");
        untitled.Subject.Should().BeNull();
    }

    [Fact]
    public void Meetings_that_differ_in_time_subject_or_counterparts_differ()
    {
        var talks = new Meeting(At(2025, 9, 25, 14, 30), [MayorGong], "Cooperation");

        talks.Should().NotBe(new Meeting(At(2025, 9, 25, 16, 0), [MayorGong], "Cooperation"));
        talks.Should().NotBe(new Meeting(At(2025, 9, 25, 14, 30), [MayorGong], "Trade"));
        talks.Should().NotBe(new Meeting(At(2025, 9, 25, 14, 30), [new Counterpart("Hua Yuan", "Vice Mayor of Shanghai")], "Cooperation"));
    }

    [Fact]
    public void Signings_that_differ_in_time_title_or_agreement_differ()
    {
        var mou = new Signing(At(2025, 9, 25, 15, 0), "MOU", [Seed.Gyeonggi, Seed.Shanghai]);

        mou.Should().NotBe(new Signing(At(2025, 9, 26, 15, 0), "MOU", [Seed.Gyeonggi, Seed.Shanghai]));
        mou.Should().NotBe(new Signing(At(2025, 9, 25, 15, 0), "Letter of intent", [Seed.Gyeonggi, Seed.Shanghai]));
        new Signing(At(2025, 9, 25, 15, 0), MouWith("GG-SH-1")).Should().NotBe(new Signing(At(2025, 9, 25, 15, 0), MouWith("GG-SH-2")));
    }

    [Fact]
    public void A_signing_of_an_agreement_bears_the_agreement_s_title_or_else_its_id()
    {
        var titled = new Signing(At(2025, 9, 25, 15, 0), MouWith("GG-SH-1", "Gyeonggi Province–Shanghai Friendly Cooperation MOU"));
        var untitled = new Signing(At(2025, 9, 25, 15, 0), MouWith("GG-SH-1"));

        titled.Title.Should().Be("Gyeonggi Province–Shanghai Friendly Cooperation MOU");
        untitled.Title.Should().Be("GG-SH-1");
    }

    [Fact]
    public void A_refused_meeting_or_signing_says_what_its_list_lacks_and_names_the_document()
    {
        var meeting = () => new Meeting(At(2025, 9, 25, 14, 30), []);
        var oneParty = () => new Signing(At(2025, 9, 25, 15, 0), "MOU", [Seed.Shanghai]);
        var twice = () => new Signing(At(2025, 9, 25, 15, 0), "MOU", [Seed.Shanghai, Seed.Gyeonggi, Seed.Shanghai]);

        meeting.Should().Throw<ArgumentException>().WithMessage("*at least one counterpart*");
        oneParty.Should().Throw<ArgumentException>().WithMessage("*'MOU'*1*");
        twice.Should().Throw<ArgumentException>().WithMessage("*'MOU'*(CN-SH), *(KR-41), *(CN-SH)*");
    }
}
