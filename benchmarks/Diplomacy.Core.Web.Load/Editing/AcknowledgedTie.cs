namespace Diplomacy.Core.Web.Load.Editing;

/// <summary>
/// A tie the app acknowledged: its signing (201) and, once acknowledged too, its termination. What was acknowledged
/// must be read back, after a load or a crash alike.
/// </summary>
/// <param name="Id">The tie's id.</param>
/// <param name="SignedOn">The signing day sent.</param>
/// <param name="TerminatedOn">The termination day, when the app acknowledged it.</param>
internal sealed record AcknowledgedTie(string Id, DateOnly SignedOn, DateOnly? TerminatedOn);
