using Diplomacy.Core.Agreements;
using NodaTime;

namespace Diplomacy.Core.Portfolio.Checks;

/// <summary>
/// A proposal of a kind the policy names needs an approval in its history, by the policy's body when it names one,
/// that certainly happened on or before the day checked: one dated "in May" does not count on 10 May.
/// </summary>
internal static class ApprovalRequired
{
    public static IEnumerable<ApprovalMissingWarning> Find(SigningPolicy policy, Agreement proposal, LocalDate on)
    {
        var kind = proposal.Kind;
        if (!policy.ApprovalRequiredFor.Contains(kind) || proposal.History.OfType<AgreementApproved>().Any(approval => Counts(approval, policy.ApprovingBody, on)))
        {
            return [];
        }

        return [new ApprovalMissingWarning(kind, policy.ApprovingBody)];
    }

    private static bool Counts(AgreementApproved approval, string? body, LocalDate on) =>
        approval.OccurredOn.Latest is { } last && last <= on
        && (body is null || string.Equals(approval.Body, body, StringComparison.OrdinalIgnoreCase));
}
