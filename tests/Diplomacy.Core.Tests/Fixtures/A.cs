using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Tests.Fixtures;

/// <summary>Builders that read like the domain: <c>A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2025, 9, 25)</c>.</summary>
public static class A
{
    public static AgreementBuilder MouBetween(params Region[] parties) => new(AgreementKind.CooperationMemorandum, parties);

    public static AgreementBuilder FriendshipBetween(params Region[] parties) => new(AgreementKind.Friendship, parties);

    public static AgreementBuilder SisterTieBetween(params Region[] parties) => new(AgreementKind.SisterCity, parties);

    public static AgreementBuilder LetterOfIntentBetween(params Region[] parties) => new(AgreementKind.LetterOfIntent, parties);

    public static AgreementBuilder SectorAgreementBetween(params Region[] parties) => new(AgreementKind.SectorAgreement, parties);
}
