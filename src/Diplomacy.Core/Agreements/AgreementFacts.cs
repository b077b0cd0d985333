using NodaTime;

namespace Diplomacy.Core.Agreements;

/// <summary>
/// Everything a host stores of an agreement, in public types only: what <see cref="Agreement.ToFacts"/> gives and
/// <see cref="Agreement.Rebuild"/> takes back. A host (or a file format) keeps these facts without knowing how an
/// agreement holds them.
/// </summary>
/// <remarks>
/// <para>
/// The <see cref="History"/> is the agreement's history as <see cref="Agreement.History"/> gives it: in the order the
/// commands recorded it, starting with the proposal or signing that created the agreement, each event with the values
/// its command recorded (an upgrade names the kind it followed). The rebuild checks it as the commands do.
/// </para>
/// <para>
/// Every collection is copied when set (a null list or a null item is refused with <see cref="ArgumentNullException"/>),
/// and the optional ones default to empty. Equality is by value: members compared as they compare, collections item by
/// item in order, so that the facts of a rebuilt agreement equal those it was rebuilt from. Immutable, and so safe to
/// share between threads.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// AgreementFacts stored = mou.ToFacts();       // keep it in a database or a document
/// Agreement loaded = Agreement.Rebuild(stored); // answers every question as mou did
/// </code>
/// </example>
public sealed record AgreementFacts
{
    private readonly IReadOnlyList<Party> _parties = [];
    private readonly IReadOnlyList<IAgreementEvent> _history = [];
    private readonly IReadOnlyList<AgreementEventRetracted> _retractions = [];
    private readonly IReadOnlyList<Signatory> _signatories = [];
    private readonly IReadOnlyList<CooperationField> _fields = [];
    private readonly IReadOnlyList<ContactPerson> _contactPersons = [];
    private readonly IReadOnlyList<SourceReference> _sources = [];
    private readonly IReadOnlyList<AgreementEventSource> _eventSources = [];
    private readonly IReadOnlyList<string> _notes = [];

    /// <summary>The agreement's key.</summary>
    public required AgreementId Id { get; init; }

    /// <summary>Its title as signed, when known.</summary>
    public string? Title { get; init; }

    /// <summary>The parties, in order, each with the agency that signed for it.</summary>
    /// <exception cref="ArgumentNullException">The list or one of its items is null.</exception>
    public required IReadOnlyList<Party> Parties { get => _parties; init => _parties = FactLists.Copy(value, nameof(Parties)); }

    /// <summary>Every lifecycle event that counts, in the order of <see cref="Agreement.History"/>; the first is the proposal or the signing.</summary>
    /// <exception cref="ArgumentNullException">The list or one of its items is null.</exception>
    public required IReadOnlyList<IAgreementEvent> History { get => _history; init => _history = FactLists.Copy(value, nameof(History)); }

    /// <summary>The events taken back, each with the event as it was recorded and the reason, in the order retracted.</summary>
    /// <exception cref="ArgumentNullException">The list or one of its items is null.</exception>
    public IReadOnlyList<AgreementEventRetracted> Retractions { get => _retractions; init => _retractions = FactLists.Copy(value, nameof(Retractions)); }

    /// <summary>When the signing ceremony was held, in the signing place's zone, when known.</summary>
    public ZonedDateTime? Ceremony { get; init; }

    /// <summary>Who signed, for which party.</summary>
    /// <exception cref="ArgumentNullException">The list or one of its items is null.</exception>
    public IReadOnlyList<Signatory> Signatories { get => _signatories; init => _signatories = FactLists.Copy(value, nameof(Signatories)); }

    /// <summary>The fields of cooperation, in the order added.</summary>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    public IReadOnlyList<CooperationField> Fields { get => _fields; init => _fields = FactLists.Copy(value, nameof(Fields)); }

    /// <summary>The contact persons the parties designated, in the order added.</summary>
    /// <exception cref="ArgumentNullException">The list or one of its items is null.</exception>
    public IReadOnlyList<ContactPerson> ContactPersons { get => _contactPersons; init => _contactPersons = FactLists.Copy(value, nameof(ContactPersons)); }

    /// <summary>The sources of the agreement as a whole (<see cref="Agreement.Sources"/>), in the order added.</summary>
    /// <exception cref="ArgumentNullException">The list or one of its items is null.</exception>
    public IReadOnlyList<SourceReference> Sources { get => _sources; init => _sources = FactLists.Copy(value, nameof(Sources)); }

    /// <summary>
    /// The sources attached to single events (<see cref="Agreement.SourcesOf"/>), event by event: the events of the
    /// history in order, then the retracted ones, each event's sources in the order added.
    /// </summary>
    /// <exception cref="ArgumentNullException">The list or one of its items is null.</exception>
    public IReadOnlyList<AgreementEventSource> EventSources { get => _eventSources; init => _eventSources = FactLists.Copy(value, nameof(EventSources)); }

    /// <summary>The register's notes, in the order added.</summary>
    /// <exception cref="ArgumentNullException">The list or one of its items is null.</exception>
    public IReadOnlyList<string> Notes { get => _notes; init => _notes = FactLists.Copy(value, nameof(Notes)); }

    /// <inheritdoc />
    public bool Equals(AgreementFacts? other) =>
        other is not null
        && Id == other.Id
        && Title == other.Title
        && Nullable.Equals(Ceremony, other.Ceremony)
        && FactLists.Same(Parties, other.Parties)
        && FactLists.Same(History, other.History)
        && FactLists.Same(Retractions, other.Retractions)
        && FactLists.Same(Signatories, other.Signatories)
        && FactLists.Same(Fields, other.Fields)
        && FactLists.Same(ContactPersons, other.ContactPersons)
        && FactLists.Same(Sources, other.Sources)
        && FactLists.Same(EventSources, other.EventSources)
        && FactLists.Same(Notes, other.Notes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Title, Parties.Count, History.Count);
}
