namespace Diplomacy.Core.Delegations;

/// <summary>What became of a gift, as public gift registers record it.</summary>
public enum GiftDispositionKind
{
    /// <summary>Kept in the custody of an office or a person (whom, in the note): an archive, a protocol office.</summary>
    InCustody,

    /// <summary>Put on display: a reception hall, a museum, a public building.</summary>
    OnDisplay,

    /// <summary>Declared and handed over to the authority that receives official gifts (a national treasury, an ethics office).</summary>
    RegisteredWithAuthority,

    /// <summary>Given back to the giver.</summary>
    Returned,

    /// <summary>No longer held: sold, donated, given away or destroyed (how, in the note).</summary>
    DisposedOf,

    /// <summary>Kept by the person who received it, as the rules allow (a gift of small value, or one whose value was paid).</summary>
    RetainedByRecipient,
}
