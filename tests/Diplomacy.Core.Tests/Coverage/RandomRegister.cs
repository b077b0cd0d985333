using CsCheck;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Coverage;

/// <summary>
/// A random register over the seed regions (and Pudong), with a random home, cohort and criteria (optimistic or not), for the
/// coverage properties. Ties are signed on exact or partly known days and then suspended, resumed, upgraded or
/// terminated; refused steps are left out, so every history is valid.
/// </summary>
public sealed record RandomRegister(
    (int First, int Second, int Kind, int Day, int Precision, int Op, int Gap, int Gap2)[] Ties,
    int Home,
    int CohortMask,
    int StatusChoice,
    int KindMask,
    bool IncludeHomeSubregions,
    bool IncludeMemberSubregions)
{
    public static readonly LocalDate Origin = new(2000, 1, 1);

    public static IReadOnlyList<Region> Regions { get; } = [.. Seed.All, SeedRegister.Pudong];

    public static Gen<RandomRegister> Gen { get; } = CsCheck.Gen.Select(
        CsCheck.Gen.Select(
            CsCheck.Gen.Int[0, 8], CsCheck.Gen.Int[0, 8], CsCheck.Gen.Int[0, 4], CsCheck.Gen.Int[0, 1500],
            CsCheck.Gen.Int[0, 2], CsCheck.Gen.Int[0, 4], CsCheck.Gen.Int[1, 400], CsCheck.Gen.Int[1, 400]).Array[0, 20],
        CsCheck.Gen.Int[0, 8],
        CsCheck.Gen.Int[1, (1 << 9) - 1],
        CsCheck.Gen.Int[0, 5],
        CsCheck.Gen.Int[1, 31],
        CsCheck.Gen.Bool,
        CsCheck.Gen.Bool,
        (ties, home, cohort, status, kinds, inHome, inMember) => new RandomRegister(ties, home, cohort, status, kinds, inHome, inMember));

    public Region HomeRegion => Regions[Home];

    public Cohort Cohort => Cohort.Of("random", Regions.Where((_, index) => (CohortMask & (1 << index)) != 0));

    public CoverageCriteria Criteria => CoverageCriteria.Default with
    {
        Statuses = (StatusChoice % 3) switch
        {
            0 => [AgreementStatus.InForce],
            1 => [AgreementStatus.InForce, AgreementStatus.Suspended],
            _ => [AgreementStatus.Suspended, AgreementStatus.NotYetInForce],
        },
        Kinds = [.. Enum.GetValues<AgreementKind>().Where(kind => (KindMask & (1 << (int)kind)) != 0)],
        IncludeHomeSubregions = IncludeHomeSubregions,
        IncludeMemberSubregions = IncludeMemberSubregions,
        CountUncertainAsCovered = StatusChoice >= 3,
    };

    public Register Build()
    {
        var register = Register.Open();
        register.AddRegions(Regions);
        var number = 0;
        foreach (var (first, second, kind, day, precision, op, gap, gap2) in Ties)
        {
            if (first == second)
            {
                continue;
            }

            var signed = Origin.PlusDays(day);
            var when = precision switch
            {
                0 => PartialDate.On(signed),
                1 => PartialDate.OnOrBefore(signed),
                _ => PartialDate.InMonth(signed.Year, signed.Month),
            };
            var tie = Agreement.Sign(
                new AgreementId($"T{number++}"),
                kind == 4 ? AgreementKind.LetterOfIntent : (AgreementKind)kind,
                [Regions[first], Regions[second]],
                when);
            Try(() =>
            {
                switch (op)
                {
                    case 1: tie.Suspend(signed.PlusDays(gap), SuspensionReason.Pandemic); break;
                    case 2: tie.Suspend(signed.PlusDays(gap), SuspensionReason.Pandemic); tie.Resume(signed.PlusDays(gap + gap2)); break;
                    case 3: tie.Terminate(signed.PlusDays(gap), Regions[first], "Ended"); break;
                    case 4: var later = signed.PlusDays(gap); tie.Upgrade(PartialDate.InMonth(later.Year, later.Month), AgreementKind.SisterCity); break;
                    default: break;
                }
            });
            register.AddDistinct(tie);
        }

        return register;
    }

    /// <summary>Days worth asking about: the origin, a spread over the years, and every day a tie's status changes and the day before.</summary>
    public static IEnumerable<LocalDate> DaysToAsk(Register register) =>
        register.Agreements
            .SelectMany(agreement => agreement.StatusTimeline)
            .Where(span => span.From > LocalDate.MinIsoValue)
            .SelectMany(span => new[] { span.From, span.From.PlusDays(-1) })
            .Concat(Enumerable.Range(0, 12).Select(step => Origin.PlusDays((step * 173) - 30)))
            .Distinct();

    private static void Try(Action step)
    {
        try
        {
            step();
        }
        catch (DomainRuleException)
        {
            // A refused step is left out: what remains is a valid history.
        }
    }
}
