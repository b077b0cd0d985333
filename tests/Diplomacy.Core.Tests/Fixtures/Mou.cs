using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Tests.Fixtures;

/// <summary>Ready-made MOUs for rules that need only an agreement in force.</summary>
public static class Mou
{
    /// <summary>Gyeonggi and Shanghai's MOU, signed on 25 September 2025 for three years: in force through 24 September 2028.</summary>
    public static Agreement GyeonggiShanghai() => A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(3).SignedOn(2025, 9, 25);
}
