namespace Diplomacy.Core;

/// <summary>
/// Thrown when a command would break a business rule of the domain (as opposed to a malformed argument,
/// which gets an <see cref="ArgumentException"/>). The object the command was called on is unchanged.
/// </summary>
/// <remarks>
/// Test and branch on <see cref="Rule"/>, never on the message: the message is for people and may be
/// reworded.
/// </remarks>
public sealed class DomainRuleException : Exception
{
    /// <summary>Creates the exception for a broken rule.</summary>
    /// <param name="rule">The rule that the command would have broken.</param>
    /// <param name="subjectId">The id of the aggregate or entity the command was called on.</param>
    /// <param name="message">What was wrong, for a person to read.</param>
    public DomainRuleException(DomainRule rule, string subjectId, string message)
        : base(message)
    {
        Rule = rule;
        SubjectId = subjectId;
    }

    /// <summary>The rule that the command would have broken.</summary>
    public DomainRule Rule { get; }

    /// <summary>The id of the aggregate or entity the command was called on (a region id, an agreement id, …).</summary>
    public string SubjectId { get; }
}
