using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Portfolio;

/// <summary>
/// The caller's policy for <see cref="Register.ChecksBeforeSigning"/>: which kinds of agreement need an approval
/// before they are signed (and by which body), and which regions conflict with a new tie.
/// </summary>
/// <remarks>
/// The library requires no approval and lists no conflict of its own: both are the office's policy (in Korea a local
/// council approves a sister tie before it is signed; whether a friendship or an MOU needs one differs between
/// governments). <see cref="None"/> asks for neither. Immutable, and so safe to share between threads; change one
/// setting with a <c>with</c> expression.
/// </remarks>
/// <example>
/// <code>
/// var policy = SigningPolicy.None with
/// {
///     ApprovalRequiredFor = [AgreementKind.SisterCity, AgreementKind.Friendship],
///     ApprovingBody = "경기도의회",
///     ConflictingRegions = [new ConflictingRegion(taipei, "restricted list")],
/// };
/// </code>
/// </example>
public sealed record SigningPolicy
{
    /// <summary>No approval required and no conflicting region.</summary>
    public static SigningPolicy None { get; } = new();

    /// <summary>The kinds of agreement that need an approval recorded (<see cref="Agreement.Approve"/>) before they are signed. Default: none.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A kind is not defined.</exception>
    public IReadOnlyCollection<AgreementKind> ApprovalRequiredFor { get => _approvalRequiredFor; init => _approvalRequiredFor = Kinds(value); }

    /// <summary>
    /// The body whose approval counts ("경기도의회"), compared ignoring case and the spaces around it; null (the default)
    /// when an approval by any body counts.
    /// </summary>
    /// <exception cref="ArgumentException">The value is empty or white space.</exception>
    public string? ApprovingBody { get => _approvingBody; init => _approvingBody = value is null ? null : Guard.Against.NullOrWhiteSpace(value, nameof(ApprovingBody)).Trim(); }

    /// <summary>The regions that conflict with a new tie, each with why. Default: none.</summary>
    /// <exception cref="ArgumentNullException">The value or one of its elements is null.</exception>
    public IReadOnlyList<ConflictingRegion> ConflictingRegions { get => _conflictingRegions; init => _conflictingRegions = Regions(value); }

    private readonly IReadOnlyCollection<AgreementKind> _approvalRequiredFor = [];
    private readonly string? _approvingBody;
    private readonly IReadOnlyList<ConflictingRegion> _conflictingRegions = [];

    private static AgreementKind[] Kinds(IReadOnlyCollection<AgreementKind> value)
    {
        Guard.Against.Null(value, nameof(ApprovalRequiredFor));
        foreach (var kind in value)
        {
            Guard.Against.EnumOutOfRange(kind, nameof(ApprovalRequiredFor));
        }

        return [.. value.Distinct()];
    }

    private static ConflictingRegion[] Regions(IReadOnlyList<ConflictingRegion> value)
    {
        Guard.Against.Null(value, nameof(ConflictingRegions));
        foreach (var region in value)
        {
            Guard.Against.Null(region, nameof(ConflictingRegions));
        }

        return [.. value];
    }
}
