using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Tests.Fixtures;

/// <summary>
/// The seed story as a register: Gyeonggi's MOUs with Tianjin (signed on or before 2025-09-22, the exact day
/// unknown), Chongqing (2025-09-23) and Shanghai (2025-09-25); none with Beijing.
/// </summary>
public static class SeedRegister
{
    public static Region Pudong { get; } = Region.CreatePlace(
        new RegionId("CN-SH-PUDONG"), AdministrativeKind.District, RegionNames.Of("zh-Hans", "浦东新区").And("en", "Pudong"), Seed.Shanghai);

    /// <summary>
    /// Adds each agreement with <see cref="Register.Add(Agreement)"/>, catching each refusal, as a caller without batches
    /// would: the refusals, by index in the list and rule, against which a batch is held.
    /// </summary>
    public static List<(int Index, DomainRule Rule)> AddEachCatchingRefusals(Register register, IEnumerable<Agreement> agreements)
    {
        var refused = new List<(int Index, DomainRule Rule)>();
        foreach (var (index, agreement) in agreements.Index())
        {
            try
            {
                register.Add(agreement);
            }
            catch (DomainRuleException refusal)
            {
                refused.Add((index, refusal.Rule));
            }
        }

        return refused;
    }

    public static Register Empty()
    {
        var register = Register.Open();
        register.AddRegions([.. Seed.All, Pudong]);
        return register;
    }

    public static Register WithTheSeedMous()
    {
        var register = Empty();
        register.Add(TianjinMou());
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).WithId("GG-CQ").SignedOn(2025, 9, 23));
        register.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH").SignedOn(2025, 9, 25));
        return register;
    }

    public static Agreement TianjinMou() =>
        A.MouBetween(Seed.Gyeonggi, Seed.Tianjin).WithId("GG-TJ").SignedOn(PartialDate.OnOrBefore(new LocalDate(2025, 9, 22)));
}
