using Diplomacy.Core.Reference;

namespace Diplomacy.Core.HowTo;

/// <summary>Places named as lists and people name them, found in the reference catalog.</summary>
internal static class FindingPlaces
{
    public static void Run()
    {
        #region finding-places
        var shanghai = Catalog.Region("CN-31");                  // a former code finds the region that holds it now
        Console.WriteLine(shanghai);                              // 上海市 (CN-SH)
        Console.WriteLine(shanghai.Names.In("ko"));               // 상하이시
        foreach (var place in Catalog.FindByName("ｏｓａｋａ"))    // any language; case and width do not matter
        {
            Console.WriteLine(place);                             // 大阪府 (JP-27)
        }

        Console.WriteLine(Catalog.FindCountry("Korea, Republic of"));   // the names lists write find their country
        Console.WriteLine(Catalog.TimeZoneIdOf("KR-41"));               // Asia/Seoul; null where no source gives one
        #endregion
    }
}
