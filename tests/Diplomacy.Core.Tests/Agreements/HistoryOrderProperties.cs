using CsCheck;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>The order in which a history is learned does not matter: an event stands at its day, whenever it was recorded.</summary>
public sealed class HistoryOrderProperties
{
    [Fact]
    public void Inserting_events_in_any_accepted_order_gives_the_same_answers_as_inserting_them_in_date_order()
    {
        Gen.Select(AgreementScript.Gen, Gen.Int.Array[12]).Sample(
            (script, keys) =>
            {
                var history = script.Build().History;

                // Events of one day apply in the order recorded, so only histories whose days differ have one answer whatever the order.
                if (history.Select(change => change.OccurredOn).Distinct().Count() != history.Count)
                {
                    return;
                }

                var pending = history.Skip(1).Select((change, index) => (change, key: keys[index])).OrderBy(pair => pair.key).Select(pair => pair.change).ToList();
                var shuffled = AgreementScript.Replay([history[0]], (_, on) => on);
                for (var progress = true; progress;)
                {
                    progress = false;
                    foreach (var change in pending.ToList())
                    {
                        try
                        {
                            AgreementScript.Record(shuffled, change, change.OccurredOn);
                            pending.Remove(change);
                            progress = true;
                        }
                        catch (DomainRuleException)
                        {
                            // Not yet: the events it stands on may come later in this order.
                        }
                    }
                }

                var inDateOrder = AgreementScript.Replay([.. history.Where(change => !pending.Contains(change))], (_, on) => on);
                shuffled.History.Should().Equal(inDateOrder.History);
                shuffled.StatusTimeline.Should().Equal(inDateOrder.StatusTimeline);
                shuffled.Kind.Should().Be(inDateOrder.Kind);
                shuffled.Term.Should().Be(inDateOrder.Term);
            });
    }
}
