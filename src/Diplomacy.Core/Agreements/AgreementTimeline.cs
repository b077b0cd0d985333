using System.Collections.Immutable;
using System.Numerics;
using NodaTime;

namespace Diplomacy.Core.Agreements;

/// <summary>
/// The status and kind of an agreement on every date, precomputed from its history as a sorted run of
/// <see cref="AgreementStatusSpan"/>s, so that a query is a binary search: O(log events), no allocation.
/// </summary>
/// <remarks>
/// <para>
/// Events apply in the order recorded, so their true days are in that order too. Each event's day is
/// therefore bounded below by the earliest day of every event before it, and above by the latest day of
/// every event after it; these tightened bounds are what the timeline works with.
/// </para>
/// <para>
/// On a day D, the events certainly in effect are those whose latest day is on or before D (a prefix of the
/// history); the events possibly in effect are those whose earliest day is on or before D, or unknown (a
/// longer prefix). Every prefix between the two is a possible history on D, and a term that started on a
/// day known in part may or may not have run out. Each possible history gives its kind with each status it may
/// give: those pairs are the <see cref="AgreementPossibilities"/>; the status is the one they all agree on, or
/// <see cref="AgreementStatus.Uncertain"/>. The answer only changes on a bound of an event or of an expiry,
/// so it is evaluated once per such day and stored.
/// </para>
/// <para>Immutable once built: an agreement swaps in a new timeline only after a command passed every rule.</para>
/// </remarks>
internal sealed class AgreementTimeline
{
    private readonly ImmutableArray<IAgreementEvent> _history;

    // The bounds and states the spans were built from are kept only when a term runs, for TermEndsOn, which reads them on
    // every call. Without a term they would add half again to an agreement's size for nothing: a command that needs them
    // again (StateAfter, on a write) rebuilds them from the history.
    private readonly Inputs? _kept;

    private AgreementTimeline(ImmutableArray<IAgreementEvent> history, Inputs inputs)
    {
        _history = history;
        Current = inputs.States[^1];
        Spans = BuildSpans(inputs);
        _kept = Array.Exists(inputs.States, state => state.Term is not null) ? inputs : null;
    }

    /// <summary>The status and kind on every day, in order; the first span starts on <see cref="LocalDate.MinIsoValue"/>.</summary>
    public ImmutableArray<AgreementStatusSpan> Spans { get; }

    /// <summary>The state after every recorded event.</summary>
    public LifecycleState Current { get; }

    /// <summary>The state after the first <paramref name="count"/> events, its term's end judged with the whole history's bounds.</summary>
    public LifecycleState StateAfter(int count) => (_kept ?? Inputs.Of(_history)).States[count];

    /// <summary>The timeline of a history not yet begun, shared by every agreement until its first event: it never changes.</summary>
    public static AgreementTimeline Empty { get; } = Build([]);

    public static AgreementTimeline Build(ImmutableArray<IAgreementEvent> history) => new(history, Inputs.Of(history));

    public AgreementStatus StatusOn(LocalDate date) => Find(date).Status;

    public AgreementKind? KindOn(LocalDate date) => Find(date).Kind;

    /// <summary>
    /// The last day (inclusive) of the term running on <paramref name="date"/>, or null when no term is
    /// certainly running then, when the day it started is not known exactly, or when it ends past the calendar.
    /// </summary>
    public LocalDate? TermEndsOn(LocalDate date)
    {
        if (_kept is not { } inputs)
        {
            return null;
        }

        var (certain, possible) = inputs.PrefixesInEffect(date);
        if (certain != possible)
        {
            return null;
        }

        var state = inputs.States[certain];
        var statuses = state.PossibleStatuses(date);
        if (state.Term is not { } term || state.TermStart < 0
            || (statuses != LifecycleState.Bit(AgreementStatus.InForce) && statuses != LifecycleState.Bit(AgreementStatus.Suspended)))
        {
            return null;
        }

        if (term.Length is not { } length)
        {
            return term.LastDay < LocalDate.MaxIsoValue ? term.LastDay : null;
        }

        if (inputs.Earliest[state.TermStart] is not { } start || inputs.Latest[state.TermStart] != start)
        {
            return null;
        }

        return term.RenewsAutomatically ? EndOfRenewedTerm(start, length, date) : TryExpiry(start, length)?.PlusDays(-1);
    }

    public AgreementPossibilities PossibilitiesOn(LocalDate date) => Find(date).Possibilities;

    /// <summary>
    /// The last days of the terms that started on a day known only in part (and do not renew themselves): each from
    /// the earliest start plus the term, less a day, to the latest start plus the term, less a day. Certain when no
    /// later renewal, termination or supersession can fall on or before its last possible day; left out when one
    /// certainly falls on or before its first possible day.
    /// </summary>
    internal IEnumerable<(LocalDate First, LocalDate Last, bool Certain)> TermEndsFromPartlyKnownStarts(ImmutableArray<IAgreementEvent> history)
    {
        // Read into a variable before the guard, not with a pattern: an emptied exit must still compile, or Stryker's
        // safe mode drops every mutant of the method (tests/MUTATION.md).
        var inputs = _kept;
        if (inputs is null)
        {
            yield break;
        }

        for (var k = 1; k < inputs.States.Length; k++)
        {
            var state = inputs.States[k];
            var start = inputs.Earliest[k - 1];
            var end = inputs.Latest[k - 1];
            var starts = state.TermStart == k - 1 && state.Term is { RenewsAutomatically: false, Length: not null } && start is not null && end is not null && start != end;
            var firstExpiry = starts ? TryExpiry(start!.Value, state.Term!.Length!) : null;
            var lastExpiry = starts ? TryExpiry(end!.Value, state.Term!.Length!) : null;
            if (firstExpiry is null || lastExpiry is null)
            {
                continue;
            }

            var next = k;
            while (next < history.Length && history[next] is not (AgreementRenewed or AgreementTerminated or AgreementSuperseded))
            {
                next++;
            }

            var (first, last) = (firstExpiry.Value.PlusDays(-1), lastExpiry.Value.PlusDays(-1));
            if (next == history.Length || inputs.Earliest[next] > last)
            {
                yield return (first, last, true);
            }
            else if (inputs.Latest[next] is null || inputs.Latest[next] > first)
            {
                yield return (first, last, false);
            }
        }
    }

    private static LifecycleState WithExpiry(LifecycleState state, LocalDate?[] earliest, LocalDate?[] latest)
    {
        if (state.Term is not { RenewsAutomatically: false } term || state.TermStart < 0)
        {
            return state with { CanExpire = false, FirstPossibleExpiry = null, FirstCertainExpiry = null };
        }

        if (term.Length is not { } length)
        {
            // A stated last day is certain whatever the start: expired from the next day, if the calendar has one.
            var expiry = term.LastDay < LocalDate.MaxIsoValue ? term.LastDay?.PlusDays(1) : null;
            return state with { CanExpire = expiry is not null, FirstPossibleExpiry = expiry, FirstCertainExpiry = expiry };
        }

        // A term from a day known in part ends on a day known in part: from the earliest start plus the
        // term to the latest start plus the term. A bound past the calendar's end means "never" on that side.
        var start = earliest[state.TermStart];
        var firstPossible = start is { } from ? TryExpiry(from, length) : null;
        var canExpire = start is null || firstPossible is not null;
        var firstCertain = latest[state.TermStart] is { } to ? TryExpiry(to, length) : null;
        return state with { CanExpire = canExpire, FirstPossibleExpiry = firstPossible, FirstCertainExpiry = firstCertain };
    }

    private static int FirstIndex(int low, int high, Func<int, bool> isPast)
    {
        while (low < high)
        {
            var middle = (low + high) >> 1;
            if (isPast(middle))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private static ImmutableArray<AgreementStatusSpan> BuildSpans(Inputs inputs)
    {
        var days = new SortedSet<LocalDate>();
        foreach (var day in inputs.Earliest.Concat(inputs.Latest))
        {
            AddDay(days, day);
        }

        foreach (var state in inputs.States.Where(s => s.CanExpire))
        {
            AddDay(days, state.FirstPossibleExpiry);
            AddDay(days, state.FirstCertainExpiry);
        }

        days.Add(LocalDate.MinIsoValue);
        var spans = ImmutableArray.CreateBuilder<AgreementStatusSpan>();
        foreach (var day in days)
        {
            var possibilities = inputs.Evaluate(day);
            if (spans.Count > 0 && spans[^1].Possibilities == possibilities)
            {
                continue;
            }

            if (spans.Count > 0)
            {
                spans[^1] = spans[^1] with { To = day.PlusDays(-1) };
            }

            spans.Add(new AgreementStatusSpan(day, null, possibilities.Status, possibilities.Kind, possibilities));
        }

        return spans.ToImmutable();
    }

    private AgreementStatusSpan Find(LocalDate date)
    {
        var spans = Spans;
        var low = 0;
        var high = spans.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) >> 1;
            if (spans[middle].From <= date)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return spans[low];
    }

    private static LocalDate? EndOfRenewedTerm(LocalDate start, Period length, LocalDate date)
    {
        // Successive terms are anchored at the first start (start + n·length), so that month ends do not drift.
        var firstEnd = TryExpiry(start, length);
        if (firstEnd is not { } end)
        {
            return null;
        }

        var termDays = Math.Max(1, Period.DaysBetween(start, end));
        var terms = Math.Max(1, Period.DaysBetween(start, date) / termDays);
        while (terms > 1 && (TryExpiry(start, Times(length, terms - 1)) is not { } previous || previous > date))
        {
            terms--;
        }

        while (TryExpiry(start, Times(length, terms)) is { } next && next <= date)
        {
            terms++;
        }

        return TryExpiry(start, Times(length, terms))?.PlusDays(-1);
    }

    private static Period Times(Period length, int times) =>
        Period.FromYears(length.Years * times) + Period.FromMonths(length.Months * times)
        + Period.FromWeeks(length.Weeks * times) + Period.FromDays(length.Days * times);

    /// <summary>
    /// The first day after a term of <paramref name="length"/> that starts on <paramref name="start"/>, or null past the
    /// calendar. The civil codes' rule (Korean Civil Code art. 160(3), Japanese Civil Code art. 143(2), BGB §188(3),
    /// PRC Civil Code art. 203): a term counted in months or years whose final month lacks the starting day ends on that
    /// month's last day, so the months are counted as a whole from the start, and a month that cut the day short gives
    /// its last day to the term; weeks and days are counted on from there.
    /// </summary>
    private static LocalDate? TryExpiry(LocalDate start, Period length)
    {
        try
        {
            var months = checked((12 * length.Years) + length.Months);
            var corresponding = start.PlusMonths(months);
            var end = corresponding.Day != start.Day ? corresponding.PlusDays(1) : corresponding;
            return end.PlusWeeks(length.Weeks).PlusDays(length.Days);
        }
        catch (Exception exception) when (exception is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    private static void AddDay(SortedSet<LocalDate> days, LocalDate? day)
    {
        if (day is { } value)
        {
            days.Add(value);
        }
    }

    private static LocalDate? Max(LocalDate? a, LocalDate? b) => a is { } x && b is { } y ? LocalDate.Max(x, y) : a ?? b;

    private static LocalDate? Min(LocalDate? a, LocalDate? b) => a is { } x && b is { } y ? LocalDate.Min(x, y) : a ?? b;

    /// <summary>
    /// The state each event leaves, from the state before it: the timeline's one mapping from events to states. One
    /// instance steps along one history, an event at a time, so that building a timeline allocates no visitor per event.
    /// </summary>
    private sealed class Transition : IAgreementEventVisitor<LifecycleState>
    {
        private LifecycleState _before;
        private int _index;

        public LifecycleState After(LifecycleState before, IAgreementEvent change, int index)
        {
            _before = before;
            _index = index;
            return change.Accept(this);
        }

        public LifecycleState Visit(AgreementProposed change) => _before with { Phase = LifecyclePhase.Proposed, Kind = change.Kind };

        public LifecycleState Visit(AgreementApproved change) => _before;

        public LifecycleState Visit(AgreementSigned change) => _before with
        {
            Phase = change.EntersIntoForceOnSigning ? LifecyclePhase.InForce : LifecyclePhase.AwaitingEntryIntoForce,
            Kind = change.Kind,
            Term = change.Term,
            TermStart = change.EntersIntoForceOnSigning && change.Term is not null ? _index : -1,
        };

        public LifecycleState Visit(AgreementEnteredIntoForce change) =>
            _before with { Phase = LifecyclePhase.InForce, TermStart = _before.Term is null ? -1 : _index };

        public LifecycleState Visit(AgreementSuspended change) => _before with { Phase = LifecyclePhase.Suspended };

        public LifecycleState Visit(AgreementResumed change) => _before with { Phase = LifecyclePhase.InForce };

        public LifecycleState Visit(AgreementRenewed change) => _before with { Term = change.Term, TermStart = _index };

        public LifecycleState Visit(AgreementUpgraded change) => _before with { Kind = change.To };

        public LifecycleState Visit(AgreementTerminated change) => _before with { Phase = LifecyclePhase.Terminated };

        public LifecycleState Visit(AgreementSuperseded change) => _before with { Phase = LifecyclePhase.Superseded };

        public LifecycleState Visit(AgreementPartyWithdrew change) => _before;
    }

    /// <summary>
    /// The history's tightened bounds (the earliest and latest day of each event) and the state after each prefix of it:
    /// what the spans are built from.
    /// </summary>
    private sealed record Inputs(LocalDate?[] Earliest, LocalDate?[] Latest, LifecycleState[] States)
    {
        public static Inputs Of(ImmutableArray<IAgreementEvent> history)
        {
            var count = history.Length;
            var earliest = new LocalDate?[count];
            var latest = new LocalDate?[count];
            LocalDate? floor = null;
            for (var i = 0; i < count; i++)
            {
                floor = Max(floor, history[i].OccurredOn.Earliest);
                earliest[i] = floor;
            }

            LocalDate? ceiling = null;
            for (var i = count - 1; i >= 0; i--)
            {
                ceiling = Min(ceiling, history[i].OccurredOn.Latest);
                latest[i] = ceiling;
            }

            var states = new LifecycleState[count + 1];
            var transition = new Transition();
            var unborn = new LifecycleState(LifecyclePhase.None, AgreementKind.CooperationMemorandum, null, -1, false, null, null);

            // Before its first act the agreement is already of the kind that act gives it.
            states[0] = count == 0 ? unborn : unborn with { Kind = transition.After(unborn, history[0], 0).Kind };
            for (var i = 0; i < count; i++)
            {
                states[i + 1] = WithExpiry(transition.After(states[i], history[i], i), earliest, latest);
            }

            // With every day known exactly the two bounds are the same days: one array serves both.
            return new Inputs(earliest, earliest.SequenceEqual(latest) ? earliest : latest, states);
    
        }

        public (int Certain, int Possible) PrefixesInEffect(LocalDate date)
        {
            // Both bounds never decrease along the history (a missing latest day is +∞ and sits at the end, a
            // missing earliest day is −∞ and sits at the start), so each prefix is found by a binary search.
            var certain = FirstIndex(0, Latest.Length, i => Latest[i] is not { } last || last > date);
            var possible = FirstIndex(certain, Earliest.Length, i => Earliest[i] is { } first && first > date);
            return (certain, possible);
        }

        /// <summary>
        /// Every status and kind on a day, as pairs, worked out from the history rather than looked up: what the spans
        /// store. Each possible history gives its kind with each status it may give.
        /// </summary>
        public AgreementPossibilities Evaluate(LocalDate date)
        {
            var (certain, possible) = PrefixesInEffect(date);
            var pairs = 0UL;
            for (var k = certain; k <= possible; k++)
            {
                for (var statuses = States[k].PossibleStatuses(date); statuses != 0; statuses &= statuses - 1)
                {
                    pairs |= AgreementPossibilities.Bit((AgreementStatus)BitOperations.TrailingZeroCount(statuses), States[k].Kind);
                }
            }

            return new AgreementPossibilities(pairs);
        }
    }
}
