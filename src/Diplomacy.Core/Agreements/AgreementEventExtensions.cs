using Ardalis.GuardClauses;

namespace Diplomacy.Core.Agreements;

/// <summary>Runs an <see cref="IAgreementEventVisitor{TResult}"/> on an event: the one place that knows every event type.</summary>
public static class AgreementEventExtensions
{
    /// <summary>Calls the visitor's method for the type of <paramref name="change"/>.</summary>
    /// <typeparam name="TResult">What the visitor gives.</typeparam>
    /// <param name="change">A lifecycle event of a history.</param>
    /// <param name="visitor">The operation.</param>
    /// <returns>What the visitor's method gave.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> or <paramref name="visitor"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="change"/> is no lifecycle event of the core: an <see cref="AgreementEventRetracted"/> (which is
    /// never an entry of a history: visit its <see cref="AgreementEventRetracted.Retracted"/> event) or a type the core
    /// does not define.
    /// </exception>
    /// <example>
    /// <code>
    /// foreach (var change in tie.History)
    /// {
    ///     rows.Add(change.Accept(new EventRow()));
    /// }
    /// </code>
    /// </example>
    public static TResult Accept<TResult>(this IAgreementEvent change, IAgreementEventVisitor<TResult> visitor)
    {
        Guard.Against.Null(change);
        Guard.Against.Null(visitor);
        return change switch
        {
            AgreementProposed proposed => visitor.Visit(proposed),
            AgreementApproved approved => visitor.Visit(approved),
            AgreementSigned signed => visitor.Visit(signed),
            AgreementEnteredIntoForce entered => visitor.Visit(entered),
            AgreementSuspended suspended => visitor.Visit(suspended),
            AgreementResumed resumed => visitor.Visit(resumed),
            AgreementRenewed renewed => visitor.Visit(renewed),
            AgreementUpgraded upgraded => visitor.Visit(upgraded),
            AgreementTerminated terminated => visitor.Visit(terminated),
            AgreementSuperseded superseded => visitor.Visit(superseded),
            AgreementPartyWithdrew withdrew => visitor.Visit(withdrew),
            _ => throw new ArgumentException(
                $"Agreement {change.AgreementId}: a history holds only lifecycle events of the core, and {change} is not one, "
                + "so it cannot be replayed, written or stored (a retraction is kept beside the history, not in it).",
                nameof(change)),
        };
    }
}
