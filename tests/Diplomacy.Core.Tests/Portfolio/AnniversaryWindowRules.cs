using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>The anniversaries in a window are those of ties signed on a known day and not ended on the anniversary, both window ends included.</summary>
public sealed class AnniversaryWindowRules
{
    [Theory]
    [InlineData("2025-05-01", "2025-05-31", 1)]
    [InlineData("2025-05-15", "2025-05-15", 1)] // a window of one day: the anniversary day itself
    [InlineData("2025-05-16", "2025-12-31", 0)] // starts the day after
    [InlineData("2025-01-01", "2025-05-14", 0)] // ends the day before
    public void The_thirtieth_anniversary_of_a_1995_tie_falls_in_a_window_holding_its_day(string start, string end, int found)
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(1995, 5, 15));

        var anniversaries = register.AnniversariesIn(Seed.Gyeonggi, new DateInterval(Dates.D(start), Dates.D(end)));

        anniversaries.Select(row => row.Anniversary.Number).Should().Equal(Enumerable.Repeat(30, found));
    }

    [Fact]
    public void Anniversaries_on_the_same_day_are_listed_by_agreement_id()
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH").SignedOn(1995, 5, 15));
        register.Add(A.FriendshipBetween(Seed.Gyeonggi, Seed.Beijing).WithId("GG-BJ").SignedOn(2005, 5, 15));

        var anniversaries = register.AnniversariesIn(Seed.Gyeonggi, new DateInterval(Dates.D("2025-05-01"), Dates.D("2025-05-31")));

        anniversaries.Select(row => row.Agreement.Id.Value).Should().Equal("GG-BJ", "GG-SH");
    }

    [Fact]
    public void A_window_of_several_years_holds_each_anniversary()
    {
        var register = SeedRegister.Empty();
        register.Add(A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(1995, 5, 15));

        register.AnniversariesIn(Seed.Gyeonggi, new DateInterval(Dates.D("2024-01-01"), Dates.D("2026-12-31")))
            .Select(row => row.Anniversary.Number).Should().Equal(29, 30, 31);
    }

    [Fact]
    public void A_tie_signed_on_an_unknown_day_or_ended_before_the_anniversary_has_none()
    {
        var register = SeedRegister.Empty();
        register.Add(SeedRegister.TianjinMou());
        var ended = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH").SignedOn(1995, 5, 15);
        ended.Terminate(new LocalDate(2020, 1, 1), Seed.Shanghai, "Dissolved");
        register.Add(ended);

        register.AnniversariesIn(Seed.Gyeonggi, new DateInterval(Dates.D("2025-01-01"), Dates.D("2026-12-31"))).Should().BeEmpty();
    }
}
