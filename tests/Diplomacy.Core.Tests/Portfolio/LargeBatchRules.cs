using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>
/// A batch large enough to be filed on two threads (<see cref="LargeBatch.MinimumSize"/> agreements or more) leaves the
/// register exactly as the same agreements added one by one would, and a refusal anywhere in it is judged and reported
/// as in a small batch: all or nothing keeps the whole batch out, add-accepted keeps the rest.
/// </summary>
public sealed class LargeBatchRules
{
    private const int Provinces = 8;
    private const int PlacesEach = 40;

    private static readonly Region[] ProvinceRegions =
        [.. Enumerable.Range(0, Provinces).Select(n => Region.CreatePlace(new RegionId($"L-P{n}"), AdministrativeKind.Province, RegionNames.Of("en", $"Province {n}"), Seed.Korea))];

    private static readonly Region[] PlaceRegions =
        [.. ProvinceRegions.SelectMany((province, p) => Enumerable.Range(0, PlacesEach).Select(n => Region.CreatePlace(
            new RegionId($"L-P{p}-{n}"), AdministrativeKind.City, RegionNames.Of("en", $"Place {p}.{n}"), province)))];

    private static readonly Region[] Everywhere = [.. Seed.All, .. ProvinceRegions, .. PlaceRegions];

    private static readonly Region Unknown = Region.CreatePlace(new RegionId("L-UNKNOWN"), AdministrativeKind.Other, RegionNames.Of("en", "Nowhere"), null, "UTC");

    /// <summary>
    /// Ties between places of two provinces, between a province and a place inside it, within one province, of three
    /// parties, and with the seed's regions; no kind between the same parties twice, so that none is a duplicate.
    /// </summary>
    internal static List<Agreement> Batch(int count)
    {
        var random = new Random(20261202);
        var batch = new List<Agreement>(count);
        var tied = new HashSet<string>();
        while (batch.Count < count)
        {
            var number = batch.Count;
            var first = PlaceRegions[random.Next(PlaceRegions.Length)];
            var second = (number % 7) switch
            {
                0 => first.Parent!,
                1 => Seed.All[random.Next(1, Seed.All.Count)],
                _ => PlaceRegions[random.Next(PlaceRegions.Length)],
            };
            Region[] parties = number % 11 == 0 && !second.Equals(Seed.Tianjin) ? [first, second, Seed.Tianjin] : [first, second];
            var kind = (number % 3) switch
            {
                0 => AgreementKind.Friendship,
                1 => AgreementKind.CooperationMemorandum,
                _ => AgreementKind.SisterCity,
            };
            if (second.Equals(first) || !tied.Add($"{kind} {string.Join(' ', parties.Select(party => party.Id.Value).Order(StringComparer.Ordinal))}"))
            {
                continue;
            }

            batch.Add(new AgreementBuilder(kind, parties).WithId($"L-{number}").SignedOn(1950 + (number % 70), 1 + (number % 12), 1 + (number % 28)));
        }

        return batch;
    }

    internal static Register WithTheRegions()
    {
        var register = SeedRegister.WithTheSeedMous();
        register.AddRegions([.. ProvinceRegions, .. PlaceRegions]);
        return register;
    }

    internal static void ShouldHoldTheSameTies(Register register, Register oneByOne)
    {
        Ids(register.Agreements).Should().Equal(Ids(oneByOne.Agreements));
        foreach (var region in Everywhere)
        {
            Ids(register.TiesOf(region)).Should().Equal(Ids(oneByOne.TiesOf(region)), $"the own ties of {region.Id}");
            Ids(register.TiesOf(region, includeSubregions: true)).Should().Equal(Ids(oneByOne.TiesOf(region, includeSubregions: true)), $"the ties within {region.Id}");
        }

        foreach (var agreement in oneByOne.Agreements)
        {
            var parties = agreement.Parties;
            Ids(register.TiesBetween(parties[0].Region, parties[1].Region))
                .Should().Equal(Ids(oneByOne.TiesBetween(parties[0].Region, parties[1].Region)), $"the ties between the parties of {agreement.Id}");
            register.Find(agreement.Id)!.Id.Should().Be(agreement.Id);
        }
    }

    [Fact]
    public void A_large_batch_files_every_agreement_under_its_id_pairs_parties_and_the_regions_they_lie_in_as_one_by_one()
    {
        var batch = Batch(LargeBatch.MinimumSize + 1_000);
        var oneByOne = WithTheRegions();
        batch.ForEach(oneByOne.Add);
        var register = WithTheRegions();

        var result = register.TryAddRange(batch);

        result.IsAccepted.Should().BeTrue();
        result.Added.Should().Equal(batch);
        ShouldHoldTheSameTies(register, oneByOne);
    }

    [Fact]
    public void A_large_batch_marked_distinct_files_as_one_by_one_distinct_adds()
    {
        var batch = Batch(LargeBatch.MinimumSize);
        var oneByOne = WithTheRegions();
        batch.ForEach(oneByOne.AddDistinct);
        var register = WithTheRegions();

        register.AddRange(batch, distinct: true);

        ShouldHoldTheSameTies(register, oneByOne);
    }

    [Fact]
    public void A_large_batch_with_an_unknown_party_near_its_end_throws_that_refusal_and_leaves_the_register_as_it_was()
    {
        var batch = Batch(LargeBatch.MinimumSize + 10);
        batch.Insert(batch.Count - 3, A.MouBetween(PlaceRegions[0], Unknown).WithId("L-UNKNOWN-TIE").SignedOn(2020, 1, 1));
        var register = WithTheRegions();

        var adding = () => register.AddRange(batch);

        adding.Should().Throw<DomainRuleException>()
            .Which.Rule.Should().Be(DomainRule.AgreementPartyMustBeInRegister);
        ShouldHoldTheSameTies(register, WithTheRegions());
        register.TiesOf(Unknown).Should().BeEmpty();
    }

    [Fact]
    public void A_large_batch_repeating_an_id_held_before_it_is_refused_whole_and_the_register_keeps_its_own()
    {
        var batch = Batch(LargeBatch.MinimumSize + 10);
        batch[^1] = A.MouBetween(PlaceRegions[1], PlaceRegions[2]).WithId("GG-SH").SignedOn(2020, 1, 1);
        var register = WithTheRegions();

        var result = register.TryAddRange(batch);

        result.Added.Should().BeEmpty();
        result.Refused.Select(refusal => (refusal.Index, refusal.Rule)).Should().Equal((batch.Count - 1, DomainRule.AgreementMustBeRegisteredOnce));
        ShouldHoldTheSameTies(register, WithTheRegions());
        register.Find(new AgreementId("GG-SH"))!.HasParty(Seed.Gyeonggi).Should().BeTrue();
    }

    [Fact]
    public void A_large_add_accepted_batch_keeps_all_but_its_refusals_and_reports_each_as_adding_one_by_one_would()
    {
        var batch = Batch(LargeBatch.MinimumSize + 10);
        batch.Insert(5, A.MouBetween(PlaceRegions[0], Unknown).WithId("L-UNKNOWN-TIE").SignedOn(2020, 1, 1));
        batch.Insert(100, A.MouBetween(Seed.Shanghai, Seed.Gyeonggi).WithId("L-REPEATS-GG-SH").SignedOn(2025, 9, 25));
        batch.Add(A.MouBetween(PlaceRegions[1], PlaceRegions[2]).WithId("l-7").SignedOn(2020, 1, 1));
        var oneByOne = WithTheRegions();
        var refusedOneByOne = SeedRegister.AddEachCatchingRefusals(oneByOne, batch);
        var register = WithTheRegions();

        var result = register.TryAddRange(batch, mode: BatchMode.AddAccepted);

        refusedOneByOne.Should().Equal(
            (5, DomainRule.AgreementPartyMustBeInRegister),
            (100, DomainRule.AgreementMustNotDuplicateATie),
            (batch.Count - 1, DomainRule.AgreementMustBeRegisteredOnce));
        result.Refused.Select(refusal => (refusal.Index, refusal.Rule)).Should().Equal(refusedOneByOne);
        result.Added.Should().HaveCount(batch.Count - 3);
        ShouldHoldTheSameTies(register, oneByOne);
    }

    [Fact]
    public void A_large_batch_repeating_a_tie_it_holds_earlier_in_the_batch_is_refused_at_the_repeat()
    {
        var batch = Batch(LargeBatch.MinimumSize + 10);
        var repeated = batch[42];
        batch.Add(new AgreementBuilder(repeated.Kind, [.. repeated.Parties.Select(party => party.Region).Reverse()])
            .WithId("L-REPEAT-42").SignedOn(repeated.SignedOn!.Value));
        var register = WithTheRegions();

        var result = register.TryAddRange(batch);

        result.Refused.Select(refusal => (refusal.Index, refusal.Rule)).Should().Equal((batch.Count - 1, DomainRule.AgreementMustNotDuplicateATie));
        register.Agreements.Should().HaveCount(3);
    }

    private static IEnumerable<string> Ids(IEnumerable<Agreement> agreements) => agreements.Select(agreement => agreement.Id.Value);
}
