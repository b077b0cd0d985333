using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>An agreement is created only when its parties, signatories, term and ceremony agree with each other.</summary>
public sealed class AgreementCreationRules
{
    private static readonly AgreementId Id = new("GG-SH-2025");
    private static readonly LocalDate SigningDay = new(2025, 9, 25);

    private static Agreement SignShanghaiMou(SigningDetails details, params Party[] parties) =>
        Agreement.Sign(Id, AgreementKind.CooperationMemorandum, parties.Length == 0 ? [Seed.Gyeonggi, Seed.Shanghai] : parties, SigningDay, details);

    [Fact]
    public void An_agreement_binds_at_least_two_parties()
    {
        var signing = () => SignShanghaiMou(SigningDetails.None, Seed.Gyeonggi);

        signing.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.AgreementNeedsAtLeastTwoParties);
    }

    [Fact]
    public void The_same_region_cannot_be_a_party_twice_even_through_another_agency()
    {
        var signing = () => SignShanghaiMou(SigningDetails.None, Seed.Gyeonggi, Seed.Shanghai, new Party(Seed.Shanghai, "Shanghai Municipal Commission of Commerce"));

        var refusal = signing.Should().Throw<DomainRuleException>().Which;
        refusal.Rule.Should().Be(DomainRule.AgreementPartiesMustBeDistinct);
        refusal.SubjectId.Should().Be("GG-SH-2025");
    }

    [Fact]
    public void A_trilateral_agreement_binds_three_parties()
    {
        var mou = SignShanghaiMou(SigningDetails.None, Seed.Gyeonggi, Seed.Shanghai, Seed.Tianjin);

        mou.Parties.Select(p => p.Region).Should().Equal(Seed.Gyeonggi, Seed.Shanghai, Seed.Tianjin);
        mou.HasParty(Seed.Tianjin).Should().BeTrue();
        mou.HasParty(Seed.Beijing).Should().BeFalse();
    }

    [Fact]
    public void A_party_may_be_an_agency_signing_for_its_region()
    {
        var sector = Agreement.Sign(
            Id,
            AgreementKind.SectorAgreement,
            [new Party(Seed.Gyeonggi, "Gyeonggi Business & Science Accelerator"), new Party(Seed.Chongqing, "Liangjiang New Area Management Committee")],
            SigningDay);

        sector.Parties[1].SigningAgency.Should().Be("Liangjiang New Area Management Committee");
        sector.HasParty(Seed.Chongqing).Should().BeTrue();
    }

    [Fact]
    public void A_signatory_must_sign_for_one_of_the_parties()
    {
        var signing = () => SignShanghaiMou(new SigningDetails { Signatories = [new Signatory("Yin Yong", "Mayor", Seed.Beijing)] });

        signing.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.AgreementPersonMustRepresentAParty);
    }

    [Theory]
    [InlineData("P0D")]
    [InlineData("P-3Y")]
    [InlineData("PT1H")]
    public void A_term_that_is_not_positive_is_refused(string period)
    {
        var term = new AgreementTerm(NodaTime.Text.PeriodPattern.Roundtrip.Parse(period).Value);

        var signing = () => SignShanghaiMou(new SigningDetails { Term = term });

        signing.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.AgreementTermMustBePositive);
    }

    [Fact]
    public void A_ceremony_in_the_signing_place_on_the_signing_day_is_accepted()
    {
        var ceremony = new LocalDateTime(2025, 9, 25, 15, 0).InZoneStrictly(Seed.Shanghai.TimeZone);

        var mou = SignShanghaiMou(new SigningDetails { Place = Seed.Shanghai, Ceremony = ceremony });

        mou.Ceremony.Should().Be(ceremony);
        mou.SigningPlace.Should().Be(Seed.Shanghai);
    }

    [Fact]
    public void A_ceremony_must_be_held_in_the_zone_of_the_signing_place()
    {
        var inSeoulTime = new LocalDateTime(2025, 9, 25, 16, 0).InZoneStrictly(Seed.Gyeonggi.TimeZone);

        var signing = () => SignShanghaiMou(new SigningDetails { Place = Seed.Shanghai, Ceremony = inSeoulTime });

        signing.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.CeremonyMustBeAtTheSigning);
    }

    [Fact]
    public void A_ceremony_must_be_held_on_the_signing_date()
    {
        var nextDay = new LocalDateTime(2025, 9, 26, 10, 0).InZoneStrictly(Seed.Shanghai.TimeZone);

        var signing = () => SignShanghaiMou(new SigningDetails { Place = Seed.Shanghai, Ceremony = nextDay });

        signing.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.CeremonyMustBeAtTheSigning);
    }

    [Fact]
    public void A_ceremony_needs_a_signing_place()
    {
        var ceremony = new LocalDateTime(2025, 9, 25, 15, 0).InZoneStrictly(Seed.Shanghai.TimeZone);

        var signing = () => SignShanghaiMou(new SigningDetails { Ceremony = ceremony });

        signing.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.CeremonyMustBeAtTheSigning);
    }

    [Fact]
    public void A_ceremony_needs_a_signing_date_known_to_the_day()
    {
        var ceremony = new LocalDateTime(2025, 9, 25, 15, 0).InZoneStrictly(Seed.Shanghai.TimeZone);

        var signing = () => Agreement.Sign(Id, AgreementKind.CooperationMemorandum, [Seed.Gyeonggi, Seed.Shanghai], PartialDate.InMonth(2025, 9), new SigningDetails { Place = Seed.Shanghai, Ceremony = ceremony });

        signing.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.CeremonyMustBeAtTheSigning);
    }

    [Fact]
    public void A_signed_agreement_keeps_its_title_fields_and_signatories()
    {
        Signatory[] signatories = [new("Kim Dong-yeon", "Governor", Seed.Gyeonggi), new("Gong Zheng", "Mayor", Seed.Shanghai)];

        var mou = Agreement.Sign(
            Id,
            AgreementKind.CooperationMemorandum,
            [Seed.Gyeonggi, Seed.Shanghai],
            SigningDay,
            new SigningDetails { Place = Seed.Shanghai, Signatories = signatories },
            title: "Gyeonggi Province–Shanghai Friendly Cooperation MOU",
            fields: [CooperationField.Culture, CooperationField.Tourism, CooperationField.Of("TOURISM")]);

        mou.Title.Should().Be("Gyeonggi Province–Shanghai Friendly Cooperation MOU");
        mou.Fields.Should().Equal(CooperationField.Culture, CooperationField.Tourism);
        mou.Signatories.Should().Equal(signatories);
        mou.SignedOn.Should().Be(PartialDate.On(SigningDay));
    }

    [Fact]
    public void A_default_id_is_refused_as_a_malformed_argument()
    {
        var signing = () => Agreement.Sign(default, AgreementKind.SisterCity, [Seed.Gyeonggi, Seed.Shanghai], SigningDay);

        signing.Should().Throw<ArgumentException>().WithParameterName("id");
    }

    [Fact]
    public void The_default_id_is_the_empty_key()
    {
        var id = default(AgreementId);

        id.Value.Should().BeEmpty();
        id.ToString().Should().BeEmpty();
    }

    [Fact]
    public void A_blank_id_is_refused_as_a_malformed_argument()
    {
        var creating = () => new AgreementId("  ");

        creating.Should().Throw<ArgumentException>().WithParameterName("value");
    }

    [Fact]
    public void A_region_is_a_party_for_its_own_government()
    {
        Party party = Seed.Shanghai;

        party.Should().Be(new Party(Seed.Shanghai));
        party.SigningAgency.Should().BeNull();
    }

    [Fact]
    public void The_parties_are_compared_by_region_so_a_copy_of_a_region_is_the_same_party()
    {
        var shanghaiAgain = Region.CreateSubdivision(SubdivisionCode.Parse("CN-SH"), AdministrativeKind.DirectAdministeredMunicipality, RegionNames.Of("en", "Shanghai"), Seed.China);

        var signing = () => SignShanghaiMou(SigningDetails.None, Seed.Gyeonggi, Seed.Shanghai, shanghaiAgain);

        signing.Should().Throw<DomainRuleException>().Which.Rule.Should().Be(DomainRule.AgreementPartiesMustBeDistinct);
    }

    [Fact]
    public void An_agreement_reads_as_its_id_its_kind_and_its_parties_in_order()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH-2025").SignedOn(2025, 9, 25);

        mou.ToString().Should().Be("GG-SH-2025: CooperationMemorandum between 경기도, 上海市");
    }

    [Fact]
    public void A_proposed_agreement_has_no_signing_place_yet()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedIn(Seed.Shanghai).ProposedOn(2025, 9, 1);

        mou.SigningPlace.Should().BeNull();
        mou.IsSigned.Should().BeFalse();
    }
}
