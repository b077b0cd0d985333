using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Sample;

namespace Diplomacy.Core.Web.Storage.Tests.Fixtures;

/// <summary>The main sample's seed story (Gyeonggi's MOUs and the September 2025 trip) as one register, built fresh on each call.</summary>
public static class SeedStory
{
    public static Register Build()
    {
        var places = new Places();
        var ties = new Ties(places);
        var register = Register.Open();
        register.AddRegions(places.All);
        foreach (var tie in ties.All)
        {
            register.Add(tie);
        }

        register.Record(Trip.Of(places, ties));
        return register;
    }
}
