namespace Diplomacy.Core.Interchange.Wikidata;

/// <summary>Why a tie was not written as QuickStatements (<see cref="TieLeftOut.Reason"/>).</summary>
/// <remarks>The numeric values are not part of the contract; persist the member name.</remarks>
public enum TieLeftOutReason
{
    /// <summary>Its kind is not a twinning: a cooperation memorandum, a letter of intent or a sector agreement is not what "twinned administrative body" (P190) states.</summary>
    NotATwinning,

    /// <summary>It binds three or more parties; P190 pairs two items.</summary>
    NotTwoParties,

    /// <summary>It was proposed and never signed: no twinning exists yet.</summary>
    NotSigned,

    /// <summary>It was superseded by another agreement, which carries the tie from then on.</summary>
    Superseded,

    /// <summary>A party has no Wikidata id, so the statement has no item to stand on or to name.</summary>
    NoWikidataId,

    /// <summary>An earlier tie of the register already gave the statements between the same two items; Wikidata holds one statement a pair.</summary>
    SamePairAlreadyWritten,
}
