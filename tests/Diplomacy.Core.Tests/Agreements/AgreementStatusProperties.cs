using CsCheck;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>For every valid history, the status is defined on every date, agrees with a plain replay, and changes only on an event's day or a term's end.</summary>
public sealed class AgreementStatusProperties
{
    private static IEnumerable<LocalDate> DaysAround(Agreement agreement)
    {
        var last = agreement.History[^1].OccurredOn.Exact!.Value;
        for (var day = AgreementScript.SigningDay.PlusDays(-3); day <= last.PlusYears(5); day = day.PlusDays(1))
        {
            yield return day;
        }
    }

    [Fact]
    public void Every_valid_history_gives_on_every_date_the_status_and_kind_a_plain_replay_gives()
    {
        AgreementScript.Gen.Sample(
            script =>
            {
                var agreement = script.Build();
                foreach (var day in DaysAround(agreement))
                {
                    var expected = NaiveAgreementStatus.On(agreement.History, day);
                    var status = agreement.StatusOn(day);
                    Enum.IsDefined(status).Should().BeTrue();
                    status.Should().Be(expected.Status, "on {0} after {1}", day, string.Join("; ", agreement.History));
                    agreement.KindOn(day).Should().Be(expected.Kind);
                }
            },
            iter: 200);
    }

    [Fact]
    public void The_status_changes_only_on_the_day_of_an_event_or_the_day_after_a_term_ends()
    {
        AgreementScript.Gen.Sample(
            script =>
            {
                var agreement = script.Build();
                var eventDays = agreement.History.Select(e => e.OccurredOn.Exact!.Value).ToHashSet();
                var terms = agreement.History.OfType<AgreementSigned>().Select(s => s.Term)
                    .Concat(agreement.History.OfType<AgreementRenewed>().Select(r => r.Term))
                    .OfType<AgreementTerm>().ToList();
                var termEnds = eventDays.SelectMany(day => terms.Select(term => day.Plus(term.Length))).ToHashSet();
                var previous = agreement.StatusOn(AgreementScript.SigningDay.PlusDays(-4));
                foreach (var day in DaysAround(agreement))
                {
                    var status = agreement.StatusOn(day);
                    if (status != previous)
                    {
                        (eventDays.Contains(day) || termEnds.Contains(day)).Should().BeTrue("the status changed from {0} to {1} on {2}", previous, status, day);
                    }

                    previous = status;
                }
            },
            iter: 200);
    }

    [Fact]
    public void A_history_with_dates_known_in_part_is_uncertain_or_right_on_every_date()
    {
        var blurs = Gen.Select(Gen.Int[0, 6], Gen.Int[0, 60], Gen.Int[0, 60]).Array[13];
        Gen.Select(AgreementScript.Gen, blurs).Sample(
            (script, blur) =>
            {
                var exact = script.Build();
                var blurred = AgreementScript.Replay(exact.History, (i, on) => Blur(on.Exact!.Value, blur[i]));
                foreach (var day in DaysAround(exact))
                {
                    var status = blurred.StatusOn(day);
                    var truth = NaiveAgreementStatus.On(exact.History, day);
                    if (status != AgreementStatus.Uncertain)
                    {
                        status.Should().Be(truth.Status, "on {0}, blurred as {1}", day, string.Join("; ", blurred.History));
                    }

                    if (blurred.KindOn(day) is { } kind)
                    {
                        kind.Should().Be(truth.Kind);
                    }
                }
            },
            iter: 200);
    }

    private static PartialDate Blur(LocalDate day, (int Mode, int Before, int After) blur) => blur.Mode switch
    {
        1 => PartialDate.InMonth(day.Year, day.Month),
        2 => PartialDate.InYear(day.Year),
        3 => PartialDate.Between(day.PlusDays(-blur.Before), day.PlusDays(blur.After)),
        4 => PartialDate.OnOrBefore(day.PlusDays(blur.After)),
        5 => PartialDate.OnOrAfter(day.PlusDays(-blur.Before)),
        6 => PartialDate.Unknown,
        _ => PartialDate.On(day),
    };
}
