using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Delegations;

/// <summary>One commitment of a delegation as stored: who owes what to whom by when, and how it was settled.</summary>
/// <remarks>
/// Its number is its place in <see cref="DelegationFacts.Commitments"/>. An open commitment has no settling day and no
/// reason; a done one has a day; a dropped one has a day and a reason (see <see cref="Delegation.Rebuild"/>). Equality is
/// by value. Immutable, and so safe to share between threads.
/// </remarks>
public sealed record CommitmentFacts
{
    private readonly Region _owedBy = null!;
    private readonly Region _owedTo = null!;
    private readonly string _what = string.Empty;

    /// <summary>The region that owes it.</summary>
    /// <exception cref="ArgumentNullException">The region is null.</exception>
    public required Region OwedBy { get => _owedBy; init => _owedBy = value ?? throw new ArgumentNullException(nameof(OwedBy)); }

    /// <summary>The region it is owed to.</summary>
    /// <exception cref="ArgumentNullException">The region is null.</exception>
    public required Region OwedTo { get => _owedTo; init => _owedTo = value ?? throw new ArgumentNullException(nameof(OwedTo)); }

    /// <summary>What is owed.</summary>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    public required string What { get => _what; init => _what = value ?? throw new ArgumentNullException(nameof(What)); }

    /// <summary>By when, as far as it is known.</summary>
    public required PartialDate Due { get; init; }

    /// <summary>Whether it is open, done or dropped.</summary>
    public CommitmentStatus Status { get; init; }

    /// <summary>The day it was done or dropped; null while open.</summary>
    public LocalDate? SettledOn { get; init; }

    /// <summary>Why it was dropped; null unless dropped.</summary>
    public string? DropReason { get; init; }
}
