using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Fixtures.Dates;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>Anniversaries fall on the signing's day and month; a 29 February signing is remembered on 28 February in common years.</summary>
public sealed class AnniversaryRules
{
    [Fact]
    public void The_nth_anniversary_falls_n_years_after_the_signing()
    {
        var tie = A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(1995, 10, 12);

        tie.Anniversary(30).Should().Be(new AgreementAnniversary(30, new LocalDate(2025, 10, 12)));
    }

    [Theory]
    [InlineData(1, "2021-02-28")] // common year: 28 February, never 1 March
    [InlineData(3, "2023-02-28")]
    [InlineData(4, "2024-02-29")] // leap year: 29 February
    public void A_signing_on_29_February_has_its_anniversary_on_28_February_in_common_years(int n, string expected)
    {
        var tie = A.FriendshipBetween(Seed.Gyeonggi, Seed.Tianjin).SignedOn(2020, 2, 29);

        tie.Anniversary(n)!.Value.Date.Should().Be(D(expected));
    }

    [Theory]
    [InlineData("2025-09-24", 10, "2025-09-25")]
    [InlineData("2025-09-25", 10, "2025-09-25")] // boundary: the anniversary on that very day counts
    [InlineData("2025-09-26", 11, "2026-09-25")]
    [InlineData("2000-01-01", 1, "2016-09-25")] // before the signing: the first anniversary
    public void The_next_anniversary_is_the_first_on_or_after_the_date(string day, int number, string expected)
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2015, 9, 25);

        mou.NextAnniversaryOnOrAfter(D(day)).Should().Be(new AgreementAnniversary(number, D(expected)));
    }

    [Theory]
    [InlineData("2021-02-28", 1, "2021-02-28")] // boundary: the common-year anniversary itself
    [InlineData("2021-03-01", 2, "2022-02-28")]
    [InlineData("2024-02-29", 4, "2024-02-29")]
    public void The_next_anniversary_of_a_29_February_signing_follows_the_same_rule(string day, int number, string expected)
    {
        var tie = A.FriendshipBetween(Seed.Gyeonggi, Seed.Tianjin).SignedOn(2020, 2, 29);

        tie.NextAnniversaryOnOrAfter(D(day)).Should().Be(new AgreementAnniversary(number, D(expected)));
    }

    [Fact]
    public void The_anniversaries_of_a_signing_known_only_in_part_are_unknown()
    {
        var tie = A.SisterTieBetween(Seed.Suwon, Seed.Tianjin).SignedOn(PartialDate.InYear(1995));

        tie.Anniversary(30).Should().BeNull();
        tie.NextAnniversaryOnOrAfter(new LocalDate(2025, 1, 1)).Should().BeNull();
    }

    [Fact]
    public void A_proposed_agreement_has_no_anniversaries()
    {
        var proposal = A.MouBetween(Seed.Gyeonggi, Seed.Beijing).ProposedOn(2025, 3, 1);

        proposal.Anniversary(1).Should().BeNull();
    }

    [Theory]
    [InlineData(8004, "9999-10-12")] // boundary: the last anniversary the calendar holds
    [InlineData(8005, null)]
    [InlineData(9000, null)]
    public void An_anniversary_beyond_the_calendar_is_unknown(int n, string? expected)
    {
        var tie = A.SisterTieBetween(Seed.Suwon, Seed.Tianjin).SignedOn(1995, 10, 12);

        LocalDate? date = tie.Anniversary(n)?.Date;

        date.Should().Be(expected is null ? null : Dates.D(expected));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void An_anniversary_number_below_one_is_refused_as_a_malformed_argument(int n)
    {
        var tie = A.SisterTieBetween(Seed.Suwon, Seed.Tianjin).SignedOn(1995, 10, 12);

        var asking = () => tie.Anniversary(n);

        asking.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(n));
    }
}
