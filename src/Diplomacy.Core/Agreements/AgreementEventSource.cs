using Ardalis.GuardClauses;

namespace Diplomacy.Core.Agreements;

/// <summary>
/// One source attached to one event of an agreement's history, as stored: the pair that
/// <see cref="Agreement.AddSource(SourceReference, IAgreementEvent)"/> records and <see cref="Agreement.SourcesOf"/> answers.
/// </summary>
/// <remarks>Equality is by value (the event and the source as they compare). Immutable, and so safe to share between threads.</remarks>
public sealed record AgreementEventSource
{
    /// <summary>Pairs a source with the event it backs.</summary>
    /// <param name="event">The event, as it stands in the agreement's history or among its retractions.</param>
    /// <param name="source">The source.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AgreementEventSource(IAgreementEvent @event, SourceReference source)
    {
        Event = Guard.Against.Null(@event);
        Source = Guard.Against.Null(source);
    }

    /// <summary>The event the source backs.</summary>
    public IAgreementEvent Event { get; }

    /// <summary>The source.</summary>
    public SourceReference Source { get; }
}
