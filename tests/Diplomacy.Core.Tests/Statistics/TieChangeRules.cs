using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Statistics;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Statistics.StatisticsRegions;

namespace Diplomacy.Core.Tests.Statistics;

/// <summary>Between two dates a tie is added, ended (by kind of ending) or upgraded, judged on each date as the statistics judge it.</summary>
public sealed class TieChangeRules
{
    private static readonly LocalDate YearStart = new(2024, 12, 31);
    private static readonly LocalDate YearEnd = new(2025, 12, 31);

    [Fact]
    public void A_tie_signed_in_the_year_is_added()
    {
        var register = Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2025, 9, 25));

        var changes = register.ChangesBetween(Seed.Gyeonggi, YearStart, YearEnd);

        changes.Added.Partners.Should().Equal(Seed.Shanghai);
        changes.Added.ByKind.Rows.Should().Equal(new StatisticsRow("CooperationMemorandum", 1));
        changes.Ended.Count.Should().Be(0);
    }

    [Fact]
    public void A_tie_signed_on_the_earlier_date_counted_already_and_is_not_added()
    {
        var register = Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(YearStart));

        register.ChangesBetween(Seed.Gyeonggi, YearStart, YearEnd).Added.Count.Should().Be(0);
    }

    [Fact]
    public void Ended_ties_are_grouped_by_their_kind_of_ending()
    {
        var register = Empty();
        var terminated = A.SisterTieBetween(Seed.Gyeonggi, Osaka).WithId("T").SignedOn(2000, 1, 1);
        terminated.Terminate(new LocalDate(2025, 3, 1), Osaka, "Political dispute");
        var suspended = A.FriendshipBetween(Seed.Gyeonggi, Seed.Tianjin).WithId("S").SignedOn(2000, 1, 1);
        suspended.Suspend(new LocalDate(2025, 3, 1), SuspensionReason.Political);
        register.Add(terminated);
        register.Add(suspended);
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).WithId("E").ForYears(3).SignedOn(2022, 6, 1));

        var changes = register.ChangesBetween(Seed.Gyeonggi, YearStart, YearEnd);

        changes.EndedBy.Rows.Should().Equal(new StatisticsRow("Expired", 1), new StatisticsRow("Suspended", 1), new StatisticsRow("Terminated", 1));
        changes.Ended.ByKind.Rows.Should().Contain(new StatisticsRow("SisterCity", 1));
    }

    [Fact]
    public void A_tie_upgraded_in_the_year_is_upgraded_not_added()
    {
        var register = Empty();
        var tie = A.FriendshipBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2010, 1, 1);
        tie.Upgrade(new LocalDate(2025, 5, 19), AgreementKind.SisterCity);
        register.Add(tie);

        var changes = register.ChangesBetween(Seed.Gyeonggi, YearStart, YearEnd);

        changes.Upgraded.ByKind.Rows.Should().Equal(new StatisticsRow("SisterCity", 1));
        changes.Added.Count.Should().Be(0);
    }

    [Fact]
    public void A_tie_upgraded_to_a_kind_not_counted_ended_out_of_the_kinds()
    {
        var register = Empty();
        var tie = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2010, 1, 1);
        tie.Upgrade(new LocalDate(2025, 5, 19), AgreementKind.Friendship);
        register.Add(tie);
        var mousOnly = CoverageCriteria.Default with { Kinds = [AgreementKind.CooperationMemorandum] };

        var changes = register.ChangesBetween(Seed.Gyeonggi, YearStart, YearEnd, mousOnly);

        changes.EndedBy.Rows.Should().Equal(new StatisticsRow("OutOfKinds", 1));
    }

    [Theory]
    [InlineData(2025, 6, 1, 2025, 12, 31)] // uncertain on the earlier date
    [InlineData(2024, 12, 31, 2025, 6, 1)] // uncertain on the later date
    public void A_tie_uncertain_on_either_date_is_counted_apart(int fromYear, int fromMonth, int fromDay, int toYear, int toMonth, int toDay)
    {
        var register = Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(PartialDate.InYear(2025)));

        var changes = register.ChangesBetween(Seed.Gyeonggi, new LocalDate(fromYear, fromMonth, fromDay), new LocalDate(toYear, toMonth, toDay));

        changes.Uncertain.Should().Be(1);
        changes.Added.Count.Should().Be(0);
        changes.Ended.Count.Should().Be(0);
    }

    [Fact]
    public void A_tie_in_force_on_both_dates_with_the_same_kind_is_no_change()
    {
        var register = Empty();
        register.Add(A.FriendshipBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2010, 1, 1));

        var changes = register.ChangesBetween(Seed.Gyeonggi, YearStart, YearEnd);

        (changes.Added.Count + changes.Ended.Count + changes.Upgraded.Count + changes.Uncertain).Should().Be(0);
    }

    [Fact]
    public void The_later_date_before_the_earlier_is_refused()
    {
        var act = () => Empty().ChangesBetween(Seed.Gyeonggi, YearEnd, YearStart);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("to");
    }

    [Fact]
    public void The_same_date_twice_is_no_change()
    {
        var register = SeedRegister.WithTheSeedMous();

        var changes = register.ChangesBetween(Seed.Gyeonggi, YearEnd, YearEnd);

        (changes.Added.Count + changes.Ended.Count + changes.Upgraded.Count).Should().Be(0);
        changes.From.Should().Be(YearEnd);
        changes.To.Should().Be(YearEnd);
        changes.Home.Should().Be(Seed.Gyeonggi);
        changes.Criteria.Should().Be(CoverageCriteria.Default);
    }

    [Fact]
    public void A_missing_home_is_refused_by_name()
    {
        var act = () => Empty().ChangesBetween(null!, YearStart, YearEnd);

        act.Should().Throw<ArgumentNullException>().WithParameterName("home");
    }
}
