using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Agreements;

/// <summary>
/// One party left a tie of three or more; from this day it is no longer bound, while the others stay bound to each
/// other. The agreement's status does not change.
/// </summary>
/// <remarks>Equality is by value. Immutable, and so safe to share between threads.</remarks>
/// <param name="AgreementId">The agreement.</param>
/// <param name="OccurredOn">The day it took effect, as far as it is known.</param>
/// <param name="Party">The region that withdrew.</param>
/// <param name="Reason">Why, as the party or the register gives it.</param>
public sealed record AgreementPartyWithdrew(AgreementId AgreementId, PartialDate OccurredOn, Region Party, string Reason) : IAgreementEvent;
