using BenchmarkDotNet.Attributes;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Benchmarks.Agreements;

/// <summary>
/// The status of one agreement on a date, for histories of 1, 10 and 100 lifecycle events (a signing, then
/// suspensions and resumptions a month apart, within a ten-year term), asked about a day in the middle of the
/// history. Goal: no allocation, and a cost that grows no faster than log(events). Baseline: the replay of the
/// history a user would write with LINQ.
/// </summary>
[MemoryDiagnoser]
public class AgreementStatusOnDateBenchmarks
{
    private Agreement _agreement = null!;
    private LocalDate _date;

    [Params(1, 10, 100)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var korea = Region.CreateCountry(CountryCode.Parse("KR"), RegionNames.Of("en", "South Korea"), "Asia/Seoul");
        var china = Region.CreateCountry(CountryCode.Parse("CN"), RegionNames.Of("en", "China"), "Asia/Shanghai");
        var gyeonggi = Region.CreateSubdivision(SubdivisionCode.Parse("KR-41"), AdministrativeKind.Province, RegionNames.Of("en", "Gyeonggi"), korea);
        var shanghai = Region.CreateSubdivision(SubdivisionCode.Parse("CN-SH"), AdministrativeKind.DirectAdministeredMunicipality, RegionNames.Of("en", "Shanghai"), china);
        var signed = new LocalDate(2000, 1, 1);
        _agreement = Agreement.Sign(
            new AgreementId("BENCH"),
            AgreementKind.CooperationMemorandum,
            [gyeonggi, shanghai],
            signed,
            new SigningDetails { Term = AgreementTerm.OfYears(10) });
        for (var i = 1; i < Events; i++)
        {
            var day = signed.PlusDays(30 * i);
            if (i % 2 == 1)
            {
                _agreement.Suspend(day, SuspensionReason.Other);
            }
            else
            {
                _agreement.Resume(day);
            }
        }

        _date = signed.PlusDays(15 * Events);
    }

    [Benchmark(Baseline = true)]
    public AgreementStatus LinqReplayOfTheHistory()
    {
        var status = AgreementStatus.None;
        AgreementTerm? term = null;
        LocalDate? start = null;
        foreach (var change in _agreement.History.Where(e => e.OccurredOn.Exact <= _date).OrderBy(e => e.OccurredOn.Exact))
        {
            switch (change)
            {
                case AgreementSigned signed:
                    status = AgreementStatus.InForce;
                    term = signed.Term;
                    start = signed.OccurredOn.Exact;
                    break;
                case AgreementSuspended:
                    status = AgreementStatus.Suspended;
                    break;
                case AgreementResumed:
                    status = AgreementStatus.InForce;
                    break;
            }
        }

        return term?.Length is { } length && start is { } from && _date >= from.Plus(length) ? AgreementStatus.Expired : status;
    }

    [Benchmark]
    public AgreementStatus StatusOn() => _agreement.StatusOn(_date);
}
