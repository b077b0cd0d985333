namespace Diplomacy.Core.Agreements;

/// <summary>
/// The order of depth of <see cref="AgreementKind"/>s: letter of intent &lt; cooperation MOU = sector agreement
/// &lt; friendship &lt; sister city. An upgrade must move to a strictly deeper kind.
/// </summary>
/// <remarks>
/// A sector agreement sits at the depth of an MOU: it commits an agency in one field as an MOU commits a
/// government, and no register treats it as a friendship tie. So an MOU cannot be "upgraded" to a sector
/// agreement or back, and either can be upgraded to a friendship or a sister tie. Pure functions, safe
/// from any thread.
/// </remarks>
/// <example>
/// <code>
/// AgreementKind.SisterCity.IsDeeperThan(AgreementKind.Friendship);                  // true
/// AgreementKind.SectorAgreement.IsDeeperThan(AgreementKind.CooperationMemorandum);  // false: same depth
/// </code>
/// </example>
public static class AgreementKindDepth
{
    /// <summary>The depth of a kind: 0 for a letter of intent, 1 for an MOU or a sector agreement, 2 for friendship, 3 for a sister tie.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its depth; a greater number is a deeper tie.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined member.</exception>
    public static int Depth(this AgreementKind kind) => kind switch
    {
        AgreementKind.LetterOfIntent => 0,
        AgreementKind.CooperationMemorandum or AgreementKind.SectorAgreement => 1,
        AgreementKind.Friendship => 2,
        AgreementKind.SisterCity => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{kind} is not an agreement kind."),
    };

    /// <summary>Whether <paramref name="kind"/> is strictly deeper than <paramref name="other"/>.</summary>
    /// <param name="kind">The kind that may be deeper.</param>
    /// <param name="other">The kind compared with.</param>
    /// <returns>True when <paramref name="kind"/> has the greater depth; false for kinds of equal depth.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A kind is not a defined member.</exception>
    public static bool IsDeeperThan(this AgreementKind kind, AgreementKind other) => kind.Depth() > other.Depth();
}
