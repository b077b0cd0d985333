namespace Diplomacy.Core.Agreements.Rules;

/// <summary>Where a region stands towards an agreement at a point of its history: the one test behind every "must be a party" rule.</summary>
internal enum PartyStanding
{
    Bound,
    Withdrawn,
    NotAParty,
}
