using Ardalis.GuardClauses;

namespace Diplomacy.Core.Delegations;

/// <summary>What became of a gift: one of a small closed set of outcomes, and a free note (by whom it is kept, where it is shown, how it went).</summary>
/// <remarks>Equality is by value: the same kind and the same note. Immutable and thread-safe.</remarks>
/// <example>
/// <code>
/// var shown = new GiftDisposition(GiftDispositionKind.OnDisplay, "Reception hall of the provincial government");
/// </code>
/// </example>
public sealed record GiftDisposition
{
    /// <summary>Describes what became of a gift.</summary>
    /// <param name="kind">The outcome.</param>
    /// <param name="note">A note, for example who keeps it; null when there is none.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="kind"/> is not one of <see cref="GiftDispositionKind"/>'s members, or <paramref name="note"/> is blank.
    /// </exception>
    public GiftDisposition(GiftDispositionKind kind, string? note = null)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        Note = note is null ? null : Guard.Against.NullOrWhiteSpace(note).Trim();
    }

    /// <summary>The outcome.</summary>
    public GiftDispositionKind Kind { get; }

    /// <summary>The note, or null.</summary>
    public string? Note { get; }
}
