using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Agreements;

/// <summary>The agreement was ended by one of its parties. Final.</summary>
/// <remarks>Equality is by value. Immutable, and so safe to share between threads.</remarks>
/// <param name="AgreementId">The agreement.</param>
/// <param name="OccurredOn">The day it took effect, as far as it is known.</param>
/// <param name="By">The party that ended it.</param>
/// <param name="Reason">Why, as the party or the register gives it.</param>
public sealed record AgreementTerminated(AgreementId AgreementId, PartialDate OccurredOn, Region By, string Reason) : IAgreementEvent;
