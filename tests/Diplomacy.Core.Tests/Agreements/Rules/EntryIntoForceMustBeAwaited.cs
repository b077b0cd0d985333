using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>Entry into force is recorded only for an agreement signed to enter into force later: <see cref="DomainRule.EntryIntoForceMustBeAwaited"/>.</summary>
public sealed class EntryIntoForceMustBeAwaited
{
    [Fact]
    public void Entry_into_force_is_refused_when_the_agreement_did_not_await_it()
    {
        var mou = Mou.GyeonggiShanghai();

        mou.RefusesWith(m => m.EnterIntoForce(new LocalDate(2026, 1, 1)), DomainRule.EntryIntoForceMustBeAwaited);
    }
}
