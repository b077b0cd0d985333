namespace Diplomacy.Core.Coverage;

/// <summary>What one tie does for a member on a date, under some criteria.</summary>
internal enum TieQualification
{
    DoesNotCover,
    CouldCover,
    Covers,
}
