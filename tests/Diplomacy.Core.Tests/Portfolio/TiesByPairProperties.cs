using CsCheck;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Portfolio.Rules;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>
/// The register files each tie under every pair of its parties; every answer read from that index is the answer the
/// register gave when it walked the ties of one party: the ties between two places, the duplicate check of one add and
/// of a batch, and the ties a stored register names as distinct.
/// </summary>
public sealed class TiesByPairProperties
{
    private static readonly LocalDate Origin = new(2000, 1, 1);

    // Shanghai's key in another case, as another object: the register takes it as Shanghai, as RegionId's equality does.
    private static readonly Region ShanghaiInLowerCase = Region.CreatePlace(
        new RegionId("cn-sh"), AdministrativeKind.Other, RegionNames.Of("en", "Shanghai"), Seed.China);

    private static readonly Region[] Places = [Seed.Gyeonggi, Seed.Suwon, Seed.Shanghai, Seed.Beijing, Seed.Tianjin, ShanghaiInLowerCase];

    private static readonly Gen<TiePlan[]> Plans = Gen.Select(
            Gen.Int[0, 4], Gen.Int[1, 4], Gen.Int[0, 4], Gen.Bool, Gen.Int[0, 3000], Gen.Int[0, 4], Gen.Int[1, 2000], Gen.Bool)
        .Select(plan => new TiePlan(plan.Item1, plan.Item2, plan.Item3, plan.Item4, plan.Item5, plan.Item6, plan.Item7, plan.Item8))
        .Array[0, 30];

    [Fact]
    public void The_ties_between_two_places_are_the_ties_of_one_that_the_other_is_a_party_to_in_the_order_they_were_added()
    {
        Plans.Sample(
            plans =>
            {
                var register = SeedRegister.Empty();
                foreach (var (number, plan) in plans.Index())
                {
                    AddAsARegistrarWould(register, plan.Sign($"T{number}"));
                }

                foreach (var first in Places)
                {
                    foreach (var second in Places)
                    {
                        IReadOnlyList<Agreement> walked = first.Equals(second) ? [] : [.. register.TiesOf(first).Where(tie => tie.HasParty(second))];
                        register.TiesBetween(first, second).Should().Equal(walked, $"the ties between {first.Id} and {second.Id}");
                    }
                }
            },
            iter: PropertySamples.Of(300));
    }

    [Fact]
    public void An_add_is_refused_as_a_duplicate_exactly_when_a_tie_of_its_parties_held_before_is_of_its_kind_and_time()
    {
        Plans.Sample(
            plans =>
            {
                var register = SeedRegister.Empty();
                foreach (var (number, plan) in plans.Index())
                {
                    var tie = plan.Sign($"T{number}");
                    var repeated = AgreementMustNotDuplicateATie.Repeated(tie, WalkedTiesBindingEveryPartyOf(register, tie));

                    var add = () => register.Add(tie);

                    if (repeated is null)
                    {
                        add.Should().NotThrow();
                        continue;
                    }

                    var refusal = add.Should().Throw<DomainRuleException>().Which;
                    refusal.Rule.Should().Be(DomainRule.AgreementMustNotDuplicateATie);
                    refusal.Message.Should().Contain($"repeats {repeated.Id} ");
                    register.Find(tie.Id).Should().BeNull();
                    if (plan.AddAsDistinct)
                    {
                        register.AddDistinct(tie);
                    }
                }
            },
            iter: PropertySamples.Of(300));
    }

    [Fact]
    public void Whether_a_tie_is_a_likely_duplicate_of_another_does_not_depend_on_which_of_the_two_is_asked()
    {
        Plans.Sample(
            plans =>
            {
                var ties = plans.Select((plan, number) => plan.Sign($"T{number}")).ToList();
                foreach (var first in ties)
                {
                    foreach (var second in ties)
                    {
                        first.IsLikelyDuplicateOf(second).Should().Be(second.IsLikelyDuplicateOf(first), $"{first.Id} and {second.Id}");
                    }
                }
            },
            iter: PropertySamples.Of(100));
    }

    [Fact]
    public void A_batch_refuses_the_duplicates_that_adding_one_by_one_refuses_and_a_refused_batch_leaves_every_pair_as_it_was()
    {
        Gen.Select(Plans, Plans).Sample(
            plans =>
            {
                var (held, batch) = plans;
                var (register, oneByOne) = (Holding(held), Holding(held));

                var before = EveryPair(register);
                var ties = batch.Select((plan, number) => plan.Sign($"B{number}")).ToList();
                var refusedOneByOne = ties.Where(tie => !Accepted(oneByOne, tie)).Select(tie => tie.Id).ToList();

                var result = register.TryAddRange(ties);

                result.Refused.Select(refusal => refusal.Agreement.Id).Should().Equal(refusedOneByOne);
                result.Refused.Where(refusal => refusal.Rule != DomainRule.AgreementMustNotDuplicateATie).Should().BeEmpty();
                EveryPair(register).Should().Equal(refusedOneByOne.Count == 0 ? EveryPair(oneByOne) : before);
            },
            iter: PropertySamples.Of(200));
    }

    [Fact]
    public void A_batch_that_adds_what_passes_refuses_and_keeps_exactly_what_adding_one_by_one_refuses_and_keeps()
    {
        Gen.Select(Plans, Plans).Sample(
            plans =>
            {
                var (held, batch) = plans;
                var (register, oneByOne) = (Holding(held), Holding(held));

                // Ids repeat every seventh tie, so that a tie may be refused for an id that an accepted one took.
                var ties = batch.Select((plan, number) => plan.Sign($"B{number % 7}")).ToList();
                var refusedOneByOne = SeedRegister.AddEachCatchingRefusals(oneByOne, ties);

                var result = register.TryAddRange(ties, mode: BatchMode.AddAccepted);

                result.Refused.Select(refusal => (refusal.Index, refusal.Rule)).Should().Equal(refusedOneByOne);
                result.Added.Should().Equal(ties.Where((_, index) => !refusedOneByOne.Exists(refused => refused.Index == index)));
                register.Agreements.Select(tie => tie.Id).Should().Equal(oneByOne.Agreements.Select(tie => tie.Id));
                EveryPair(register).Should().Equal(EveryPair(oneByOne));
                foreach (var place in Places.Concat([Seed.Korea, Seed.China]))
                {
                    register.TiesOf(place, includeSubregions: true).Select(tie => tie.Id)
                        .Should().Equal(oneByOne.TiesOf(place, includeSubregions: true).Select(tie => tie.Id), $"the ties within {place.Id}");
                }
            },
            iter: PropertySamples.Of(200));
    }

    [Fact]
    public void A_stored_register_names_as_distinct_exactly_the_ties_that_repeat_a_tie_added_before_them()
    {
        Plans.Sample(
            plans =>
            {
                var register = SeedRegister.Empty();
                var standingBeside = new List<AgreementId>();
                foreach (var (number, plan) in plans.Index())
                {
                    var tie = plan.Sign($"T{number}");
                    if (AgreementMustNotDuplicateATie.Repeated(tie, WalkedTiesBindingEveryPartyOf(register, tie)) is not null)
                    {
                        standingBeside.Add(tie.Id);
                    }

                    register.AddDistinct(tie);
                }

                register.ToFacts().DistinctTies.Should().Equal(standingBeside);
            },
            iter: PropertySamples.Of(300));
    }

    /// <summary>The old definition: the ties of the first party that every other party is a party to as well.</summary>
    private static List<Agreement> WalkedTiesBindingEveryPartyOf(Register register, Agreement tie) =>
        register.TiesOf(tie.Parties[0].Region).Where(held => tie.Parties.All(party => held.HasParty(party.Region))).ToList();

    /// <summary>A register holding the ties of the plans, each added as distinct when it would be refused as a duplicate.</summary>
    private static Register Holding(TiePlan[] held)
    {
        var register = SeedRegister.Empty();
        foreach (var (number, plan) in held.Index())
        {
            AddAsARegistrarWould(register, plan.Sign($"H{number}"));
        }

        return register;
    }

    private static void AddAsARegistrarWould(Register register, Agreement tie)
    {
        if (!Accepted(register, tie))
        {
            register.AddDistinct(tie);
        }
    }

    private static bool Accepted(Register register, Agreement tie)
    {
        try
        {
            register.Add(tie);
            return true;
        }
        catch (DomainRuleException)
        {
            return false;
        }
    }

    private static List<string> EveryPair(Register register) =>
        [.. from first in Places
            from second in Places
            select $"{first.Id}-{second.Id}: {string.Join(",", register.TiesBetween(first, second).Select(tie => tie.Id))}"];

    /// <summary>
    /// A tie of two or three of the places (a start and a step through them, so that pairs repeat often), of a kind,
    /// signed on a day known exactly or by month, then suspended, terminated or upgraded.
    /// </summary>
    private sealed record TiePlan(int Start, int Step, int Kind, bool ThreeParties, int Day, int Op, int Gap, bool AddAsDistinct)
    {
        public Agreement Sign(string id)
        {
            // Five places; the sixth is Shanghai again, in place of Shanghai when the plan's kind is odd.
            var picks = new List<Region>();
            for (var index = Start; picks.Count < (ThreeParties ? 3 : 2); index = (index + Step) % 5)
            {
                var place = Places[index];
                picks.Add(index == 2 && Kind % 2 == 1 ? ShanghaiInLowerCase : place);
            }

            var signed = Origin.PlusDays(Day);
            var tie = Agreement.Sign(
                new AgreementId(id),
                Kind == 4 ? AgreementKind.LetterOfIntent : (AgreementKind)Kind,
                picks.Select(place => new Party(place)),
                Day % 3 == 0 ? PartialDate.InMonth(signed.Year, signed.Month) : PartialDate.On(signed));
            var later = signed.PlusDays(Gap);
            try
            {
                switch (Op)
                {
                    case 1: tie.Suspend(PartialDate.On(later), SuspensionReason.Pandemic); break;
                    case 2: tie.Terminate(PartialDate.On(later), picks[0], "Ended"); break;
                    case 3: tie.Upgrade(PartialDate.On(later), AgreementKind.SisterCity); break;
                    default: break;
                }
            }
            catch (DomainRuleException)
            {
                // A refused step is left out: what remains is a valid history.
            }

            return tie;
        }
    }
}
