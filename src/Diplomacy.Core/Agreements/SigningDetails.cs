using Ardalis.GuardClauses;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Agreements;

/// <summary>
/// What is known of a signing besides its date: the place, the ceremony's time, the term signed, whether the
/// agreement enters into force on signing, and who signed. Every part is optional.
/// </summary>
/// <remarks>
/// The agreement checks the details when it is signed: the ceremony must be in the place's zone on the exact
/// signing date (<see cref="DomainRule.CeremonyMustBeAtTheSigning"/>), the term positive
/// (<see cref="DomainRule.AgreementTermMustBePositive"/>), each signatory for one of its parties
/// (<see cref="DomainRule.AgreementPersonMustRepresentAParty"/>). <see cref="None"/> (and <c>new()</c>) knows
/// nothing but that the agreement is in force from the signing day. Equality is by value, the signatories
/// compared element by element. Immutable, and so safe to share between threads.
/// </remarks>
/// <example>
/// <code>
/// new SigningDetails
/// {
///     Place = shanghai,
///     Ceremony = new LocalDateTime(2025, 9, 25, 15, 0).InZoneStrictly(shanghai.TimeZone),
///     Term = AgreementTerm.OfYears(3),
///     Signatories = [new Signatory("Kim Dong-yeon", "Governor", gyeonggi), new Signatory("Gong Zheng", "Mayor", shanghai)],
/// };
/// </code>
/// </example>
public sealed record SigningDetails
{
    private readonly IReadOnlyList<Signatory> _signatories = [];

    /// <summary>Nothing known besides the date; the agreement is in force from the signing day.</summary>
    public static SigningDetails None { get; } = new();

    /// <summary>Where the agreement was signed, when known.</summary>
    public Region? Place { get; init; }

    /// <summary>When the signing ceremony was held, in <see cref="Place"/>'s zone, when known.</summary>
    public ZonedDateTime? Ceremony { get; init; }

    /// <summary>The term signed, or null when the agreement runs without one. It runs from the entry into force.</summary>
    public AgreementTerm? Term { get; init; }

    /// <summary>
    /// True (the default) when the agreement is in force from the signing day; false when it awaits a separate
    /// <see cref="Agreement.EnterIntoForce"/> and is <see cref="AgreementStatus.NotYetInForce"/> until then.
    /// </summary>
    public bool EntersIntoForceOnSigning { get; init; } = true;

    /// <summary>Who signed, each for one of the parties; empty when not known.</summary>
    /// <exception cref="ArgumentNullException">The list or one of its elements is null.</exception>
    public IReadOnlyList<Signatory> Signatories
    {
        get => _signatories;
        init
        {
            Guard.Against.Null(value);
            foreach (var signatory in value)
            {
                Guard.Against.Null(signatory, nameof(Signatories));
            }

            _signatories = [.. value];
        }
    }

    /// <inheritdoc />
    public bool Equals(SigningDetails? other) =>
        other is not null
        && Equals(Place, other.Place)
        && Nullable.Equals(Ceremony, other.Ceremony)
        && Equals(Term, other.Term)
        && EntersIntoForceOnSigning == other.EntersIntoForceOnSigning
        && Signatories.SequenceEqual(other.Signatories);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Place, Ceremony, Term, EntersIntoForceOnSigning, Signatories.Count);
}
