using System.Collections.Immutable;
using Diplomacy.Core.Agreements.Rules;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Agreements;

/// <summary>
/// The rules of a history, checked on the whole history at once: each event against the state the events before it
/// leave. A command that records an event at its place, or retracts one, is accepted only when the history it would
/// leave passes, so a late-learned or retracted event can never leave a later event standing on a state that no longer holds.
/// </summary>
internal static class AgreementHistoryCheck
{
    /// <summary>Checks every event of <paramref name="history"/> and returns its timeline, or throws the first rule broken.</summary>
    public static AgreementTimeline Check(AgreementId id, ImmutableArray<Party> parties, ImmutableArray<IAgreementEvent> history)
    {
        var timeline = AgreementTimeline.Build(history);
        var withdrawn = new List<Region>();
        for (var i = 0; i < history.Length; i++)
        {
            var before = timeline.StateAfter(i);
            var change = history[i];
            if (change is AgreementProposed or AgreementSigned)
            {
                // Only the first act, or a signing that follows the proposal; the commands that record them check the rest.
                continue;
            }

            if (change is AgreementApproved)
            {
                // An approval stands where no other event may: between the proposal and the signing.
                ApprovalMustPrecedeSigning.Check(id, before, change.OccurredOn);
                continue;
            }

            EndedAgreementIsFinal.Check(id, before);
            AgreementEventCannotPrecedeSigning.Check(id, before, history, change.OccurredOn);
            switch (change)
            {
                case AgreementEnteredIntoForce: EntryIntoForceMustBeAwaited.Check(id, before); break;
                case AgreementSuspended: SuspendOnlyAnAgreementInForce.Check(id, before, change.OccurredOn); break;
                case AgreementResumed: ResumeOnlyASuspendedAgreement.Check(id, before); break;
                case AgreementRenewed: RenewOnlyAnAgreementThatEnteredIntoForce.Check(id, before); break;
                case AgreementUpgraded upgraded: UpgradeMustBeDeeper.Check(id, before, upgraded.To); break;
                case AgreementTerminated terminated: TerminatingPartyMustBeAParty.Check(id, parties, withdrawn, terminated.By); break;
                case AgreementPartyWithdrew withdrawal:
                    WithdrawingRegionMustBeABoundParty.Check(id, parties, withdrawn, withdrawal.Party);
                    WithdrawalMustLeaveTwoBoundParties.Check(id, parties.Length - withdrawn.Count);
                    withdrawn.Add(withdrawal.Party);
                    break;
            }
        }

        return timeline;
    }
}
