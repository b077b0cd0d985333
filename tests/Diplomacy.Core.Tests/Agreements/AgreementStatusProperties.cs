using CsCheck;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>For every valid history, the status is defined on every date, agrees with a plain replay, changes only on an event's day or a term's end, and is among the possibilities.</summary>
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
                var disagreements = DaysAround(agreement)
                    .Select(day => (Day: day, Expected: NaiveAgreementStatus.On(agreement.History, day), Actual: (agreement.StatusOn(day), agreement.KindOn(day))))
                    .Where(answer => answer.Actual != answer.Expected || !Enum.IsDefined(answer.Actual.Item1))
                    .Take(3);
                disagreements.Should().BeEmpty("every date has the replayed status and kind after {0}", string.Join("; ", agreement.History));
            },
            iter: PropertySamples.Of(200));
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
                var termEnds = eventDays.SelectMany(day => terms.Select(term => NaiveAgreementStatus.ExpiryOf(day, term.Length!))).ToHashSet();
                var unexplained = DaysAround(agreement)
                    .Where(day => agreement.StatusOn(day) != agreement.StatusOn(day.PlusDays(-1)))
                    .Where(day => !eventDays.Contains(day) && !termEnds.Contains(day))
                    .Take(3);
                unexplained.Should().BeEmpty("the status changes only on an event's day or a term's end after {0}", string.Join("; ", agreement.History));
            },
            iter: PropertySamples.Of(200));
    }

    [Fact]
    public void A_history_with_dates_known_in_part_is_uncertain_or_right_on_every_date()
    {
        EveryBlurredHistory(
            "a blurred history is uncertain or right on every date",
            (day, truth, blurred) => (blurred.StatusOn(day) is var status && status != AgreementStatus.Uncertain && status != truth.Status)
                || (blurred.KindOn(day) is { } kind && kind != truth.Kind));
    }

    [Fact]
    public void On_every_date_the_possibilities_contain_the_single_answer_and_are_exactly_it_when_it_is_certain()
    {
        EveryBlurredHistory(
            "the possibilities hold the truth and the one-word answers",
            (day, truth, blurred) =>
            {
                var (status, kind, possible) = (blurred.StatusOn(day), blurred.KindOn(day), blurred.PossibilitiesOn(day));
                return !possible.Contains(truth.Status, truth.Kind)
                    || possible.Status != status
                    || possible.Kind != kind
                    || (status != AgreementStatus.Uncertain && !possible.Statuses.SequenceEqual([status]))
                    || (kind is { } certain && !possible.Kinds.SequenceEqual([certain]));
            });
    }

    /// <summary>Blurs the dates of random histories and checks every day around each against the exact history's replay.</summary>
    private static void EveryBlurredHistory(string rule, Func<LocalDate, (AgreementStatus Status, AgreementKind Kind), Agreement, bool> isWrong)
    {
        var blurs = Gen.Select(Gen.Int[0, 6], Gen.Int[0, 60], Gen.Int[0, 60]).Array[13];
        Gen.Select(AgreementScript.Gen, blurs).Sample(
            (script, blur) =>
            {
                var exact = script.Build();
                var blurred = AgreementScript.Replay(exact.History, (i, on) => Blur(on.Exact!.Value, blur[i]));
                var wrong = DaysAround(exact).Where(day => isWrong(day, NaiveAgreementStatus.On(exact.History, day), blurred)).Take(3);
                wrong.Should().BeEmpty("{0}; blurred as {1}", rule, string.Join("; ", blurred.History));
            },
            iter: PropertySamples.Of(200));
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
