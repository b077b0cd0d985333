namespace Diplomacy.Core;

/// <summary>
/// What a batch (<see cref="Portfolio.Register.TryAddRange"/>, <see cref="Geography.RegionDirectory.TryAddRange"/>) does
/// when it refuses some of its items.
/// </summary>
/// <remarks>
/// In either mode every item is judged as adding the items one by one, in the batch's order, would judge it: against
/// what the register or directory held before the batch and the items of the batch before it that were accepted. A
/// refused item is never held, so it neither blocks a later item (a tie that would have repeated it) nor lets one in
/// (a child whose refused parent it was). The modes differ only in what stays once the batch has been judged.
/// </remarks>
public enum BatchMode
{
    /// <summary>The batch lands whole or not at all: one refusal, and nothing of the batch stays. The default.</summary>
    AllOrNothing,

    /// <summary>
    /// Every item the rules accept stays, and each refusal is reported: what a loop of single adds that catches each
    /// refusal would leave, in one call.
    /// </summary>
    AddAccepted,
}
