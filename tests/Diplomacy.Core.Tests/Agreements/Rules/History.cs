using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>The agreement the history rules are tried on: a three-year MOU of Gyeonggi and Shanghai, signed and in force on 2025-09-25.</summary>
internal static class History
{
    public static Agreement SignedMou() => A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).ForYears(3).SignedOn(2025, 9, 25);
}
