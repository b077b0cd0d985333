using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Reference;
using NodaTime;

namespace Diplomacy.Core.HowTo;

/// <summary>Gyeonggi's ties with China's four municipalities, two of them dated only in part.</summary>
internal static class UncertainTies
{
    public static void Run()
    {
        var gyeonggi = Catalog.Region("KR-41");
        var shanghai = Catalog.Region("CN-SH");
        var tianjin = Catalog.Region("CN-TJ");
        var chongqing = Catalog.Region("CN-CQ");
        var register = Register.Open();
        register.AddRegions([Catalog.Region("KR"), Catalog.Region("CN"), gyeonggi, shanghai, tianjin, chongqing]);

        #region uncertain-ties
        // Known to the day: in force from 25 September 2025.
        register.Add(Agreement.Sign(new AgreementId("GG-SH"), AgreementKind.CooperationMemorandum, [gyeonggi, shanghai],
            new LocalDate(2025, 9, 25)));
        // Scraped from a list published on 22 September 2025: signed on or before that day, on a day nobody wrote down.
        register.Add(Agreement.Sign(new AgreementId("GG-TJ"), AgreementKind.CooperationMemorandum, [gyeonggi, tianjin],
            PartialDate.OnOrBefore(new LocalDate(2025, 9, 22))));
        // Reported as signed "in September 2025".
        register.Add(Agreement.Sign(new AgreementId("GG-CQ"), AgreementKind.CooperationMemorandum, [gyeonggi, chongqing],
            PartialDate.InMonth(2025, 9)));

        var cohort = BuiltInCohorts.ChinaDirectAdministeredMunicipalities;
        var day = new LocalDate(2025, 9, 20);

        // The strict count covers a member only when every possible history covers it; the others it may cover are
        // uncertain, and the count says how many it hides.
        var strict = register.Coverage(gyeonggi, cohort, day);
        Console.WriteLine(strict);                                   // 0 of 4 (2 uncertain)
        Console.WriteLine(strict.ToText(LanguageTag.Parse("ko")));   // 4곳 중 0곳 (2곳 불확실)
        foreach (var member in strict.Uncertain)
        {
            Console.WriteLine($"to confirm: {member.Member}");       // CN-TJ, CN-CQ: the ties a registrar should date
        }

        // The optimistic count, asked for by name, counts each uncertain member as covered.
        var optimistic = register.Coverage(gyeonggi, cohort, day,
            CoverageCriteria.Default with { CountUncertainAsCovered = true });
        Console.WriteLine(optimistic);                               // 2 of 4

        // Why a tie is uncertain: every (status, kind) it may have on that day.
        var tie = register.Agreements.Single(a => a.Id == new AgreementId("GG-CQ"));
        Console.WriteLine(tie.StatusOn(day));                        // Uncertain
        Console.WriteLine(tie.PossibilitiesOn(day));                 // not signed yet, or a memorandum in force
        #endregion
    }
}
