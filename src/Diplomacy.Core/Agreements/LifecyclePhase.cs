namespace Diplomacy.Core.Agreements;

/// <summary>The recorded stage of an agreement after some of its events, before the term's expiry is taken into account.</summary>
internal enum LifecyclePhase
{
    None,
    Proposed,
    AwaitingEntryIntoForce,
    InForce,
    Suspended,
    Terminated,
    Superseded,
}
