using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Agreements.Rules.History;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>Only an agreement signed to enter into force later, and not yet in force, enters into force.</summary>
public sealed class EntryIntoForceMustBeAwaited
{
    [Fact]
    public void Entry_into_force_is_refused_when_the_agreement_did_not_await_it()
    {
        var mou = SignedMou();

        mou.RefusesWith(m => m.EnterIntoForce(new LocalDate(2026, 1, 1)), DomainRule.EntryIntoForceMustBeAwaited);
    }
}
