namespace Diplomacy.Core.Agreements;

/// <summary>
/// What sort of tie an agreement makes. The kinds have an order of depth (see <see cref="AgreementKindDepth"/>),
/// so that an upgrade is a rule rather than a relabelling.
/// </summary>
/// <remarks>The numeric values are not part of the contract and do not encode depth; persist the member name.</remarks>
public enum AgreementKind
{
    /// <summary>A letter of intent (의향서, 意向书): the parties state that they mean to cooperate. The shallowest kind.</summary>
    LetterOfIntent,

    /// <summary>
    /// A memorandum of understanding on cooperation (업무협약, 合作备忘录), including the "friendly cooperation MOU"
    /// (우호협력 업무협약) Gyeonggi signed with Shanghai and Chongqing in 2025.
    /// </summary>
    CooperationMemorandum,

    /// <summary>A friendship or friendly-exchange tie (우호교류, 友好交流): deeper than an MOU, short of twinning.</summary>
    Friendship,

    /// <summary>A sister-city or twinning tie (자매결연, 友好城市): the deepest kind.</summary>
    SisterCity,

    /// <summary>
    /// An agreement in one sector signed by an agency of a government (a commerce commission, a development
    /// zone's committee) rather than by the government as a whole. As deep as an MOU.
    /// </summary>
    SectorAgreement,
}
