using Diplomacy.Core.Geography;
using Diplomacy.Core.Reference;

namespace Diplomacy.Core.Sample;

/// <summary>
/// The places of the story: Korea and Gyeonggi-do, China and its four direct-administered municipalities, as the
/// reference catalog holds them (codes, the codes they had before 2017, names in every language, zones).
/// </summary>
internal sealed class Places
{
    public Places()
    {
        Korea = Catalog.Region("KR");
        China = Catalog.Region("CN");
        Gyeonggi = Catalog.Region("KR-41");
        Beijing = Catalog.Region("CN-BJ");
        Tianjin = Catalog.Region("CN-TJ");
        Shanghai = Catalog.Region("CN-SH");
        Chongqing = Catalog.Region("CN-CQ");
    }

    public Region Korea { get; }

    public Region China { get; }

    public Region Gyeonggi { get; }

    public Region Beijing { get; }

    public Region Tianjin { get; }

    public Region Shanghai { get; }

    public Region Chongqing { get; }

    public IReadOnlyList<Region> All => [Korea, China, Gyeonggi, Beijing, Tianjin, Shanghai, Chongqing];
}
