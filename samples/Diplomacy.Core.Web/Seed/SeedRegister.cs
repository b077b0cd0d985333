using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Sample;

namespace Diplomacy.Core.Web.Seed;

/// <summary>The register an empty store starts with: the main sample's story, told by the main sample's own files.</summary>
internal static class SeedRegister
{
    public static Register Build()
    {
        var places = new Sample.Places();
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
