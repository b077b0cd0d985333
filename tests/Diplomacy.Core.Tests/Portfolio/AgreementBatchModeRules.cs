using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>
/// The caller of a reported batch chooses what a refusal does: all or nothing keeps the whole batch out, add-accepted
/// keeps every agreement the rules accept; either way each refusal names the agreement's index in the batch and the rule,
/// and each agreement is judged against the register after the accepted agreements before it.
/// </summary>
public sealed class AgreementBatchModeRules
{
    private static readonly Region Osaka = Region.CreatePlace(new RegionId("JP-27"), AdministrativeKind.Prefecture, RegionNames.Of("en", "Osaka"), null, "Asia/Tokyo");

    // The third repeats the first (the same kind, parties and time in force): a duplicate in the middle.
    private static List<Agreement> BatchWithADuplicateInTheMiddle() =>
    [
        A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("M-GG-SH").SignedOn(2020, 1, 1),
        A.MouBetween(Seed.Gyeonggi, Seed.Tianjin).WithId("M-GG-TJ").SignedOn(2020, 1, 1),
        A.MouBetween(Seed.Shanghai, Seed.Gyeonggi).WithId("M-SH-GG").SignedOn(2021, 6, 1),
        A.FriendshipBetween(Seed.Suwon, Seed.Beijing).WithId("M-SW-BJ").SignedOn(2022, 1, 1),
    ];

    [Fact]
    public void An_all_or_nothing_batch_with_a_duplicate_in_the_middle_adds_nothing_and_reports_the_duplicate()
    {
        var register = SeedRegister.Empty();

        var result = register.TryAddRange(BatchWithADuplicateInTheMiddle(), mode: BatchMode.AllOrNothing);

        result.IsAccepted.Should().BeFalse();
        result.Added.Should().BeEmpty();
        result.Refused.Select(refusal => (refusal.Index, refusal.Agreement.Id.Value, refusal.Rule))
            .Should().Equal((2, "M-SH-GG", DomainRule.AgreementMustNotDuplicateATie));
        register.Agreements.Should().BeEmpty();
        register.TiesOf(Seed.Korea, includeSubregions: true).Should().BeEmpty();
    }

    [Fact]
    public void A_batch_whose_mode_is_not_given_is_all_or_nothing()
    {
        var register = SeedRegister.Empty();

        var result = register.TryAddRange(BatchWithADuplicateInTheMiddle());

        result.Added.Should().BeEmpty();
        register.Agreements.Should().BeEmpty();
    }

    [Fact]
    public void An_add_accepted_batch_with_a_duplicate_in_the_middle_adds_the_others_and_reports_the_duplicate()
    {
        var register = SeedRegister.Empty();
        var batch = BatchWithADuplicateInTheMiddle();

        var result = register.TryAddRange(batch, mode: BatchMode.AddAccepted);

        result.IsAccepted.Should().BeFalse();
        result.Added.Should().Equal(batch[0], batch[1], batch[3]);
        result.Refused.Select(refusal => (refusal.Index, refusal.Agreement.Id.Value, refusal.Rule))
            .Should().Equal((2, "M-SH-GG", DomainRule.AgreementMustNotDuplicateATie));
        result.Refused[0].Reason.Should().Contain("M-GG-SH");
        register.Agreements.Should().Equal(batch[0], batch[1], batch[3]);
        register.TiesOf(Seed.Korea, includeSubregions: true).Should().Equal(batch[0], batch[1], batch[3]);
        register.TiesBetween(Seed.Gyeonggi, Seed.Shanghai).Should().Equal(batch[0]);
        register.Find(new AgreementId("M-SH-GG")).Should().BeNull();
    }

    [Fact]
    public void An_add_accepted_batch_judges_each_agreement_against_the_register_after_the_accepted_ones_before_it()
    {
        var register = SeedRegister.Empty();
        var withOsaka = A.MouBetween(Seed.Gyeonggi, Osaka).WithId("X-OSAKA").SignedOn(2020, 1, 1);
        var accepted = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).WithId("X-GG-SH").SignedOn(2020, 1, 1);
        var sameIdAsAccepted = A.MouBetween(Seed.Suwon, Seed.Beijing).WithId("x-gg-sh").SignedOn(2020, 1, 1);
        var repeatsAccepted = A.MouBetween(Seed.Shanghai, Seed.Gyeonggi).WithId("X-SH-GG").SignedOn(2022, 1, 1);
        var sameIdAsRefused = A.MouBetween(Seed.Suwon, Seed.Tianjin).WithId("X-OSAKA").SignedOn(2020, 1, 1);
        var repeatsRefusedDuplicate = A.MouBetween(Seed.Suwon, Seed.Beijing).WithId("X-SW-BJ").SignedOn(2021, 1, 1);

        var result = register.TryAddRange(
            [withOsaka, accepted, sameIdAsAccepted, repeatsAccepted, sameIdAsRefused, repeatsRefusedDuplicate],
            mode: BatchMode.AddAccepted);

        result.Refused.Select(refusal => (refusal.Index, refusal.Rule)).Should().Equal(
            (0, DomainRule.AgreementPartyMustBeInRegister),
            (2, DomainRule.AgreementMustBeRegisteredOnce),
            (3, DomainRule.AgreementMustNotDuplicateATie));
        result.Added.Should().Equal(accepted, sameIdAsRefused, repeatsRefusedDuplicate);
        register.Find(new AgreementId("X-OSAKA")).Should().BeSameAs(sameIdAsRefused);
    }

    [Fact]
    public void An_add_accepted_batch_leaves_the_register_as_adding_one_by_one_and_catching_each_refusal_does()
    {
        var batch = BatchWithADuplicateInTheMiddle();
        batch.Insert(1, A.MouBetween(Seed.Gyeonggi, Osaka).WithId("M-GG-OS").SignedOn(2020, 1, 1));
        var oneByOne = SeedRegister.WithTheSeedMous();
        var refusedOneByOne = SeedRegister.AddEachCatchingRefusals(oneByOne, batch);

        var register = SeedRegister.WithTheSeedMous();

        var result = register.TryAddRange(batch, mode: BatchMode.AddAccepted);

        result.Refused.Select(refusal => (refusal.Index, refusal.Rule)).Should().Equal(refusedOneByOne);
        Ids(register.Agreements).Should().Equal(Ids(oneByOne.Agreements));
        foreach (var region in Seed.All.Append(SeedRegister.Pudong))
        {
            Ids(register.TiesOf(region)).Should().Equal(Ids(oneByOne.TiesOf(region)), $"the own ties of {region}");
            Ids(register.TiesOf(region, includeSubregions: true)).Should().Equal(Ids(oneByOne.TiesOf(region, includeSubregions: true)), $"the ties within {region}");
        }
    }

    [Fact]
    public void An_add_accepted_batch_of_distinct_ties_keeps_a_tie_that_repeats_a_pair()
    {
        var register = SeedRegister.Empty();
        var batch = BatchWithADuplicateInTheMiddle();

        var result = register.TryAddRange(batch, distinct: true, mode: BatchMode.AddAccepted);

        result.IsAccepted.Should().BeTrue();
        register.TiesBetween(Seed.Gyeonggi, Seed.Shanghai).Should().Equal(batch[0], batch[2]);
    }

    [Fact]
    public void A_batch_mode_that_is_not_defined_is_refused_before_anything_is_added()
    {
        var register = SeedRegister.Empty();

        var add = () => register.TryAddRange(BatchWithADuplicateInTheMiddle(), mode: (BatchMode)7);

        add.Should().Throw<ArgumentException>().WithParameterName("mode");
        register.Agreements.Should().BeEmpty();
    }

    private static IEnumerable<string> Ids(IEnumerable<Agreement> agreements) => agreements.Select(agreement => agreement.Id.Value);
}
