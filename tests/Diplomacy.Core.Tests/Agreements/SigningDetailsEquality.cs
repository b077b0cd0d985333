using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>Two records of a signing are the same record when place, ceremony, term, entry into force and signatories all match.</summary>
public sealed class SigningDetailsEquality
{
    private static readonly ZonedDateTime Ceremony = new LocalDateTime(2025, 9, 25, 15, 0).InZoneStrictly(Seed.Shanghai.TimeZone);

    private static SigningDetails ShanghaiSigning() => new()
    {
        Place = Seed.Shanghai,
        Ceremony = Ceremony,
        Term = AgreementTerm.OfYears(3),
        Signatories = [new Signatory("Kim Dong-yeon", "Governor", Seed.Gyeonggi), new Signatory("Gong Zheng", "Mayor", Seed.Shanghai)],
    };

    [Fact]
    public void Two_records_of_the_same_signing_are_equal_and_hash_alike()
    {
        var recorded = ShanghaiSigning();
        var copied = ShanghaiSigning();

        copied.Should().Be(recorded);
        copied.GetHashCode().Should().Be(recorded.GetHashCode());
    }

    public static TheoryData<string, SigningDetails> Differences() => new()
    {
        { "place", ShanghaiSigning() with { Place = Seed.Beijing } },
        { "ceremony", ShanghaiSigning() with { Ceremony = Ceremony.PlusHours(1) } },
        { "no ceremony", ShanghaiSigning() with { Ceremony = null } },
        { "term", ShanghaiSigning() with { Term = AgreementTerm.OfYears(5) } },
        { "entry into force", ShanghaiSigning() with { EntersIntoForceOnSigning = false } },
        { "signatories in another order", ShanghaiSigning() with { Signatories = [new Signatory("Gong Zheng", "Mayor", Seed.Shanghai), new Signatory("Kim Dong-yeon", "Governor", Seed.Gyeonggi)] } },
        { "a signatory fewer", ShanghaiSigning() with { Signatories = [new Signatory("Kim Dong-yeon", "Governor", Seed.Gyeonggi)] } },
    };

    [Theory]
    [MemberData(nameof(Differences))]
    public void Records_that_differ_in_any_part_are_different_signings(string part, SigningDetails other)
    {
        other.Should().NotBe(ShanghaiSigning(), because: $"the {part} differs");
        ShanghaiSigning().Equals(null).Should().BeFalse();
    }
}
