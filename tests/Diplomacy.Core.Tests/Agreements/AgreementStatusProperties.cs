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
            iter: 100);
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
                var termEnds = eventDays.SelectMany(day => terms.Select(term => day.Plus(term.Length!))).ToHashSet();
                var unexplained = DaysAround(agreement)
                    .Where(day => agreement.StatusOn(day) != agreement.StatusOn(day.PlusDays(-1)))
                    .Where(day => !eventDays.Contains(day) && !termEnds.Contains(day))
                    .Take(3);
                unexplained.Should().BeEmpty("the status changes only on an event's day or a term's end after {0}", string.Join("; ", agreement.History));
            },
            iter: 100);
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
                var wrong = DaysAround(exact)
                    .Select(day => (Day: day, Truth: NaiveAgreementStatus.On(exact.History, day), Status: blurred.StatusOn(day), Kind: blurred.KindOn(day)))
                    .Where(answer => (answer.Status != AgreementStatus.Uncertain && answer.Status != answer.Truth.Status)
                        || (answer.Kind is { } kind && kind != answer.Truth.Kind))
                    .Take(3);
                wrong.Should().BeEmpty("a blurred history is uncertain or right on every date; blurred as {0}", string.Join("; ", blurred.History));
            },
            iter: 100);
    }

    [Fact]
    public void On_every_date_the_possibilities_contain_the_single_answer_and_are_exactly_it_when_it_is_certain()
    {
        var blurs = Gen.Select(Gen.Int[0, 6], Gen.Int[0, 60], Gen.Int[0, 60]).Array[13];
        Gen.Select(AgreementScript.Gen, blurs).Sample(
            (script, blur) =>
            {
                var exact = script.Build();
                var blurred = AgreementScript.Replay(exact.History, (i, on) => Blur(on.Exact!.Value, blur[i]));
                var wrong = DaysAround(exact)
                    .Select(day => (Day: day, Truth: NaiveAgreementStatus.On(exact.History, day), Status: blurred.StatusOn(day), Kind: blurred.KindOn(day), Possible: blurred.PossibilitiesOn(day)))
                    .Where(answer => !answer.Possible.Contains(answer.Truth.Status, answer.Truth.Kind)
                        || answer.Possible.Status != answer.Status
                        || answer.Possible.Kind != answer.Kind
                        || (answer.Status != AgreementStatus.Uncertain && !answer.Possible.Statuses.SequenceEqual([answer.Status]))
                        || (answer.Kind is { } kind && !answer.Possible.Kinds.SequenceEqual([kind])))
                    .Take(3);
                wrong.Should().BeEmpty("the possibilities hold the truth and the one-word answers; blurred as {0}", string.Join("; ", blurred.History));
            },
            iter: 100);
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
