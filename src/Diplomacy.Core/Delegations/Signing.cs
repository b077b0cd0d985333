using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Delegations;

/// <summary>
/// The signing of a document between regions at a stop, such as the Gyeonggi Province–Shanghai Friendly
/// Cooperation MOU, signed in Shanghai on 25 September 2025.
/// </summary>
/// <remarks>
/// <para>
/// A signing made with <see cref="Signing(LocalDateTime, Agreement)"/> is linked to the agreement it creates
/// or changes; <see cref="Delegation.AddEngagement"/> then refuses it unless its day and place agree with that
/// agreement's history (<see cref="DomainRule.SigningMustMatchItsAgreement"/>).
/// </para>
/// <para>
/// Equality is by value: the same time, title, parties in the same order, and the same linked agreement id.
/// Immutable and thread-safe (the linked agreement itself is not: see <see cref="Agreement"/>).
/// </para>
/// </remarks>
public sealed record Signing : Engagement
{
    /// <summary>Describes a signing.</summary>
    /// <param name="at">When the document was signed, in local time at the stop's place.</param>
    /// <param name="title">The document's title, as written.</param>
    /// <param name="parties">The regions that signed it: at least two, each once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/>, <paramref name="parties"/> or a party is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="title"/> is blank, or <paramref name="parties"/> holds fewer than two regions or one region twice.
    /// </exception>
    public Signing(LocalDateTime at, string title, IEnumerable<Region> parties)
        : base(at)
    {
        Title = Guard.Against.NullOrWhiteSpace(title).Trim();
        Guard.Against.Null(parties);
        Parties = [.. parties.Select(party => Guard.Against.Null(party, nameof(parties)))];
        if (Parties.Length < 2)
        {
            throw new ArgumentException($"A signing needs at least two parties; '{Title}' names {Parties.Length}.", nameof(parties));
        }

        if (Parties.Distinct().Count() != Parties.Length)
        {
            throw new ArgumentException($"A signing names each party once; '{Title}' names {string.Join(", ", Parties)}.", nameof(parties));
        }
    }

    /// <summary>Describes the signing of an agreement the register holds: its title and parties are the agreement's.</summary>
    /// <param name="at">When it was signed, in local time at the stop's place.</param>
    /// <param name="agreement">The agreement the signing creates or changes (a signing, a renewal, an upgrade).</param>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is null.</exception>
    public Signing(LocalDateTime at, Agreement agreement)
        : this(at, TitleOf(agreement), agreement.Parties.Select(party => party.Region))
    {
        Agreement = agreement;
    }

    /// <summary>The document's title, as written.</summary>
    public string Title { get; }

    /// <summary>The agreement the signing creates or changes, when it is linked to one.</summary>
    public Agreement? Agreement { get; }

    /// <summary>The regions that signed it, in the order given.</summary>
    public ImmutableArray<Region> Parties { get; }

    /// <inheritdoc />
    public bool Equals(Signing? other) =>
        base.Equals(other) && Title == other.Title && Parties.SequenceEqual(other.Parties) && Agreement?.Id == other.Agreement?.Id;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Title, Parties.Length, Agreement?.Id);

    private static string TitleOf(Agreement agreement) => Guard.Against.Null(agreement).Title ?? agreement.Id.Value;
}
