using Diplomacy.Core.Statistics;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Statistics.StatisticsRegions;

namespace Diplomacy.Core.Tests.Statistics;

/// <summary>Rows run from the most ties to the fewest; rows with as many ties run by key, so the top N is the same every time.</summary>
public sealed class TopRowsRules
{
    private static StatisticsTable ByCountry()
    {
        var register = Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Osaka).WithId("A1").SignedOn(2019, 5, 1));
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("A2").SignedOn(2019, 5, 1));
        register.Add(A.MouBetween(Seed.Gyeonggi, Japan).WithId("A3").SignedOn(2019, 5, 1));
        return register.StatisticsOn(Seed.Gyeonggi, Day).Counted.ByPartnerCountry;
    }

    [Fact]
    public void The_most_ties_come_first()
    {
        ByCountry().Rows.Should().Equal(new StatisticsRow("JP", 2), new StatisticsRow("CN", 1));
    }

    [Fact]
    public void Rows_with_as_many_ties_are_ordered_by_key()
    {
        var register = Empty();
        register.Add(A.MouBetween(Seed.Gyeonggi, Osaka).WithId("A1").SignedOn(2019, 5, 1));
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("A2").SignedOn(2019, 5, 1));

        register.StatisticsOn(Seed.Gyeonggi, Day).Counted.ByPartnerCountry.Top(1).Should().Equal(new StatisticsRow("CN", 1));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)] // boundary: as many as there are rows
    [InlineData(5, 2)]
    public void The_top_N_are_the_first_N_rows_or_all_of_them(int asked, int given)
    {
        ByCountry().Top(asked).Should().Equal(ByCountry().Rows.Take(given));
    }

    [Fact]
    public void A_negative_top_is_refused()
    {
        var act = () => ByCountry().Top(-1);

        act.Should().Throw<ArgumentException>().WithParameterName("count");
    }
}
