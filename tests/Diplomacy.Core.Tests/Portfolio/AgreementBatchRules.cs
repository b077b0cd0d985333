using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>
/// A batch of agreements is added as the same agreements one by one would be, or not at all: the first refusal throws,
/// or every refusal is reported, and a refused batch leaves the register as it was.
/// </summary>
public sealed class AgreementBatchRules
{
    private static readonly Region Osaka = Region.CreatePlace(new RegionId("JP-27"), AdministrativeKind.Prefecture, RegionNames.Of("en", "Osaka"), null, "Asia/Tokyo");

    // Ties of places inside other regions, and of regions with places inside them, so that every index is filed.
    private static List<Agreement> Batch() =>
    [
        A.FriendshipBetween(Seed.Gyeonggi, Seed.Tianjin).WithId("B-GG-TJ").SignedOn(2020, 1, 1),
        A.FriendshipBetween(Seed.Suwon, Seed.Shanghai).WithId("B-SW-SH").SignedOn(2021, 1, 1),
        A.SisterTieBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("B-GG-SH").SignedOn(2022, 1, 1),
        A.MouBetween(Seed.Suwon, SeedRegister.Pudong).WithId("B-SW-PD").SignedOn(2023, 1, 1),
        A.MouBetween(Seed.Gyeonggi, Seed.Suwon).WithId("B-GG-SW").SignedOn(2024, 1, 1),
        A.FriendshipBetween(Seed.Korea, Seed.China).WithId("B-KR-CN").SignedOn(1992, 8, 24),
    ];

    private static readonly (Region Region, bool Within)[] Questions =
        [.. Seed.All.Append(SeedRegister.Pudong).SelectMany(region => new[] { (region, false), (region, true) })];

    [Fact]
    public void A_batch_files_every_agreement_as_adding_them_one_by_one_does()
    {
        var oneByOne = SeedRegister.WithTheSeedMous();
        var batch = Batch();
        batch.ForEach(oneByOne.Add);
        var register = SeedRegister.WithTheSeedMous();

        register.AddRange(batch);

        Ids(register.Agreements).Should().Equal(Ids(oneByOne.Agreements));
        foreach (var (region, within) in Questions)
        {
            Ids(register.TiesOf(region, within)).Should().Equal(Ids(oneByOne.TiesOf(region, within)), $"the ties of {region}, within: {within}");
        }
    }

    [Fact]
    public void An_accepted_batch_reports_every_agreement_as_added_in_the_order_given()
    {
        var register = SeedRegister.WithTheSeedMous();
        var batch = Batch();

        var result = register.TryAddRange(batch);

        result.IsAccepted.Should().BeTrue();
        result.Added.Should().Equal(batch);
        result.Refused.Should().BeEmpty();
        register.Find(new AgreementId("B-SW-PD")).Should().BeSameAs(batch[3]);
    }

    [Fact]
    public void A_batch_with_a_refused_agreement_throws_its_rule_and_adds_nothing()
    {
        var register = SeedRegister.WithTheSeedMous();
        var before = Snapshot(register);
        var batch = Batch();
        batch.Insert(4, A.MouBetween(Seed.Gyeonggi, Osaka).WithId("B-GG-OS").SignedOn(2020, 1, 1));

        var add = () => register.AddRange(batch);

        var refusal = add.Should().Throw<DomainRuleException>().Which;
        refusal.Rule.Should().Be(DomainRule.AgreementPartyMustBeInRegister);
        refusal.SubjectId.Should().Be("B-GG-OS");
        Snapshot(register).Should().BeEquivalentTo(before, options => options.WithStrictOrdering());
        register.Find(new AgreementId("B-GG-TJ")).Should().BeNull();
    }

    [Fact]
    public void A_reported_batch_lists_every_refusal_with_its_rule_judged_against_the_register_and_the_batch_before_it()
    {
        var register = SeedRegister.WithTheSeedMous();
        var before = Snapshot(register);
        var batch = Batch();
        batch.Add(A.MouBetween(Seed.Gyeonggi, Osaka).WithId("B-GG-OS").SignedOn(2020, 1, 1));
        batch.Add(A.MouBetween(Seed.Beijing, Seed.Korea).WithId("B-GG-TJ").SignedOn(2020, 1, 1));
        batch.Add(A.SisterTieBetween(Seed.Shanghai, Seed.Gyeonggi).WithId("B-SH-GG").SignedOn(2023, 1, 1));
        batch.Add(A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("GG-SH-AGAIN").SignedOn(2025, 10, 1));

        var result = register.TryAddRange(batch);

        result.IsAccepted.Should().BeFalse();
        result.Added.Should().BeEmpty();
        result.Refused.Select(refusal => (refusal.Agreement.Id.Value, refusal.Rule)).Should().Equal(
            ("B-GG-OS", DomainRule.AgreementPartyMustBeInRegister),
            ("B-GG-TJ", DomainRule.AgreementMustBeRegisteredOnce),
            ("B-SH-GG", DomainRule.AgreementMustNotDuplicateATie),
            ("GG-SH-AGAIN", DomainRule.AgreementMustNotDuplicateATie));
        result.Refused[2].Reason.Should().Contain("B-GG-SH");
        result.Refused[2].ToString().Should().Be(result.Refused[2].Reason);
        Snapshot(register).Should().BeEquivalentTo(before, options => options.WithStrictOrdering());
    }

    [Fact]
    public void A_batch_stops_at_the_first_refusal_when_it_throws()
    {
        var register = SeedRegister.Empty();
        var refusedFirst = A.MouBetween(Seed.Gyeonggi, Osaka).WithId("FIRST").SignedOn(2020, 1, 1);
        var refusedSecond = A.MouBetween(Seed.Korea, Osaka).WithId("SECOND").SignedOn(2020, 1, 1);

        var add = () => register.AddRange([refusedFirst, refusedSecond]);

        add.Should().Throw<DomainRuleException>().Which.SubjectId.Should().Be("FIRST");
        register.TryAddRange([refusedFirst, refusedSecond]).Refused.Should().HaveCount(2);
    }

    [Fact]
    public void A_batch_marked_distinct_keeps_ties_that_repeat_a_pair()
    {
        var register = SeedRegister.WithTheSeedMous();
        var again = A.MouBetween(Seed.Shanghai, Seed.Gyeonggi).WithId("GG-SH-AGAIN").SignedOn(2025, 10, 1);

        register.AddRange([again], distinct: true);

        register.TiesBetween(Seed.Gyeonggi, Seed.Shanghai).Should().HaveCount(2);
    }

    [Fact]
    public void A_refused_batch_can_be_given_again_without_the_refused_agreement()
    {
        var register = SeedRegister.WithTheSeedMous();
        var batch = Batch();
        var oneByOne = SeedRegister.WithTheSeedMous();
        batch.ForEach(oneByOne.Add);

        register.TryAddRange([.. batch, A.MouBetween(Seed.Gyeonggi, Osaka).WithId("B-GG-OS").SignedOn(2020, 1, 1)]);
        register.AddRange(batch);

        foreach (var (region, within) in Questions)
        {
            Ids(register.TiesOf(region, within)).Should().Equal(Ids(oneByOne.TiesOf(region, within)), $"the ties of {region}, within: {within}");
        }
    }

    [Fact]
    public void A_batch_holding_null_is_refused_before_anything_is_added()
    {
        var register = SeedRegister.Empty();

        var add = () => register.AddRange([.. Batch(), null!]);
        var report = () => register.TryAddRange(null!);

        add.Should().Throw<ArgumentNullException>().WithParameterName("agreements");
        report.Should().Throw<ArgumentNullException>().WithParameterName("agreements");
        register.Agreements.Should().BeEmpty();
    }

    [Fact]
    public void A_batch_given_as_a_sequence_is_read_once()
    {
        var register = SeedRegister.Empty();
        var reads = 0;

        register.AddRange(Batch().Select(agreement => { reads++; return agreement; }));

        reads.Should().Be(Batch().Count);
        register.Agreements.Should().HaveCount(reads);
    }

    private static IEnumerable<string> Ids(IEnumerable<Agreement> agreements) => agreements.Select(agreement => agreement.Id.Value);

    private static List<(string Region, bool Within, string[] Ties)> Snapshot(Register register) =>
    [
        ("*", false, [.. register.Agreements.Select(agreement => agreement.Id.Value)]),
        .. Questions.Select(question => (question.Region.Id.Value, question.Within, register.TiesOf(question.Region, question.Within).Select(agreement => agreement.Id.Value).ToArray())),
    ];
}
