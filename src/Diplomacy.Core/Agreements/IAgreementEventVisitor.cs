namespace Diplomacy.Core.Agreements;

/// <summary>
/// An operation on the lifecycle events of an agreement's history, with one method for each event type: a host that
/// turns events into its own form (a document, the rows of a table, a line on a page) writes it once, and a new event
/// type is a compile error in every visitor instead of a case a switch forgets without a word.
/// </summary>
/// <typeparam name="TResult">What the operation gives for an event.</typeparam>
/// <remarks>
/// <para>
/// Run it on an event with <see cref="AgreementEventExtensions.Accept{TResult}"/>, which calls the method for the
/// event's type.
/// </para>
/// <para>
/// An <see cref="AgreementEventRetracted"/> is not visited: it is never an entry of a history but takes one out, and
/// is kept beside the history (<see cref="Agreement.Retractions"/>). Visit the event it retracted
/// (<see cref="AgreementEventRetracted.Retracted"/>).
/// </para>
/// </remarks>
/// <example>
/// <code>
/// sealed class EventName : IAgreementEventVisitor&lt;string&gt;
/// {
///     public string Visit(AgreementProposed proposed) =&gt; "proposed";
///     public string Visit(AgreementSigned signed) =&gt; "signed";
///     // … one method for each event type: the compiler names any that is missing.
/// }
///
/// var names = tie.History.Select(change =&gt; change.Accept(new EventName()));
/// </code>
/// </example>
public interface IAgreementEventVisitor<out TResult>
{
    /// <summary>Visits a proposal or letter of intent.</summary>
    /// <param name="change">The event.</param>
    /// <returns>What the operation gives for it.</returns>
    TResult Visit(AgreementProposed change);

    /// <summary>Visits an approval before the signing.</summary>
    /// <param name="change">The event.</param>
    /// <returns>What the operation gives for it.</returns>
    TResult Visit(AgreementApproved change);

    /// <summary>Visits a signing.</summary>
    /// <param name="change">The event.</param>
    /// <returns>What the operation gives for it.</returns>
    TResult Visit(AgreementSigned change);

    /// <summary>Visits an entry into force after the signing.</summary>
    /// <param name="change">The event.</param>
    /// <returns>What the operation gives for it.</returns>
    TResult Visit(AgreementEnteredIntoForce change);

    /// <summary>Visits a suspension.</summary>
    /// <param name="change">The event.</param>
    /// <returns>What the operation gives for it.</returns>
    TResult Visit(AgreementSuspended change);

    /// <summary>Visits a resumption.</summary>
    /// <param name="change">The event.</param>
    /// <returns>What the operation gives for it.</returns>
    TResult Visit(AgreementResumed change);

    /// <summary>Visits a renewal.</summary>
    /// <param name="change">The event.</param>
    /// <returns>What the operation gives for it.</returns>
    TResult Visit(AgreementRenewed change);

    /// <summary>Visits an upgrade.</summary>
    /// <param name="change">The event.</param>
    /// <returns>What the operation gives for it.</returns>
    TResult Visit(AgreementUpgraded change);

    /// <summary>Visits a termination.</summary>
    /// <param name="change">The event.</param>
    /// <returns>What the operation gives for it.</returns>
    TResult Visit(AgreementTerminated change);

    /// <summary>Visits a supersession.</summary>
    /// <param name="change">The event.</param>
    /// <returns>What the operation gives for it.</returns>
    TResult Visit(AgreementSuperseded change);

    /// <summary>Visits a party's withdrawal.</summary>
    /// <param name="change">The event.</param>
    /// <returns>What the operation gives for it.</returns>
    TResult Visit(AgreementPartyWithdrew change);
}
