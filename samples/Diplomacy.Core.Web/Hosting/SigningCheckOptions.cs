using Diplomacy.Core.Agreements;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Input;

namespace Diplomacy.Core.Web.Hosting;

/// <summary>
/// The office's policy for the checks before signing (<c>SigningChecks</c>): which kinds need an approval before they are
/// signed, by which body, and which regions conflict with a new tie.
/// </summary>
public sealed class SigningCheckOptions
{
    public const string Section = "SigningChecks";

    /// <summary>The kinds that need an approval, comma-separated; a sister tie unless configured (a Korean council approves one before it is signed).</summary>
    public string ApprovalRequiredFor { get; set; } = nameof(AgreementKind.SisterCity);

    /// <summary>The body whose approval counts ("경기도의회"), or none for any body's.</summary>
    public string? ApprovingBody { get; set; }

    /// <summary>Conflicting regions: each region's key with why it conflicts.</summary>
    public Dictionary<string, string> Conflicts { get; set; } = [];

    /// <summary>The policy, its regions resolved in the register.</summary>
    /// <exception cref="BadInputException">A kind or a conflicting region's key names nothing the register knows.</exception>
    public SigningPolicy PolicyIn(Register register) => SigningPolicy.None with
    {
        ApprovalRequiredFor = [.. ApprovalRequiredFor.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(kind => Inputs.Enum<AgreementKind>(kind, $"{Section}:ApprovalRequiredFor"))],
        ApprovingBody = string.IsNullOrWhiteSpace(ApprovingBody) ? null : ApprovingBody,
        ConflictingRegions = [.. Conflicts.Select(conflict => new ConflictingRegion(Inputs.Region(register, conflict.Key, $"{Section}:Conflicts"), conflict.Value))],
    };
}
