using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using NodaTime;

namespace Diplomacy.Core.Portfolio;

/// <summary>A tie in force with no exchange (a visit either way) with the partner for a span: a tie only on paper.</summary>
/// <remarks>Equality is by value (the agreement and partner by reference and id). Immutable, and so safe to share between threads.</remarks>
/// <param name="Agreement">The agreement in force.</param>
/// <param name="Partner">The party on the other side.</param>
/// <param name="LastExchange">The last day of an exchange with the partner, or null when none was ever recorded.</param>
public readonly record struct DormantTie(Agreement Agreement, Region Partner, LocalDate? LastExchange);
