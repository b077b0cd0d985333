using CsCheck;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Interchange.Tests.Json.Fixtures;

/// <summary>
/// Random registers for property tests: the story's regions, and agreements between random pairs or trios of them with
/// random histories (every kind of event, every precision of date, retractions, sources on events, duplicates added as
/// distinct) and a random delegation. Built through the commands, so refused steps are left out and every register is valid.
/// </summary>
public static class RandomRegister
{
    private static readonly LocalDate Origin = new(1990, 1, 1);

    private static Gen<AgreementPlan> Plan { get; } = CsCheck.Gen.Select(
        CsCheck.Gen.Int[0, 4],
        CsCheck.Gen.Int[0, 4],
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, 12_000], CsCheck.Gen.Int[0, 9]),
        CsCheck.Gen.Int[0, 3],
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, 12], CsCheck.Gen.Int[0, 900], CsCheck.Gen.Int[0, 4], CsCheck.Gen.Int[0, 9]).Array[0, 8],
        CsCheck.Gen.Int[0, 63],
        (pair, kind, signing, term, steps, extras) => new AgreementPlan(pair, kind, signing.Item1, signing.Item2, term, steps, extras));

    public static Gen<Register> Gen { get; } = CsCheck.Gen.Select(
            Plan.Array[0, 8],
            CsCheck.Gen.Select(CsCheck.Gen.Int[0, 5], CsCheck.Gen.Int[0, 3], CsCheck.Gen.Int[0, 3]).Array[0, 6],
            (agreements, delegation) => (agreements, delegation))
        .Select(plan => Build(plan.agreements, plan.delegation));

    private static Register Build(AgreementPlan[] plans, (int Op, int Arg, int Shape)[] delegationSteps)
    {
        var register = StoryRegister.Build();
        var regions = register.Directory;
        Region R(string id) => regions.TryGet(new RegionId(id), out var region) ? region : throw new InvalidOperationException(id);
        Region[][] pairs =
        [
            [R("KR-41"), R("CN-SH")], [R("KR-41"), R("CN-CQ")], [R("KR-41-SUWON"), R("CN-SH-PUDONG")],
            [R("KR-41"), R("CN-TJ"), R("CN-LN")], [R("KR"), R("CN")],
        ];
        for (var i = 0; i < plans.Length; i++)
        {
            var agreement = plans[i].Build($"RANDOM-{i}", pairs[plans[i].Pair]);
            try
            {
                register.Add(agreement);
            }
            catch (DomainRuleException)
            {
                register.AddDistinct(agreement);
            }
        }

        register.Record(Delegation(delegationSteps, R("KR-41"), R("CN-SH"), R("CN-CQ")));
        return register;
    }

    private static Delegation Delegation((int Op, int Arg, int Shape)[] steps, Region home, Region shanghai, Region chongqing)
    {
        var delegation = Diplomacy.Core.Delegations.Delegation.PlanOutbound(
            new DelegationId("RANDOM-TRIP"), home, "Random trip", new DelegationMember("Head", "Governor", MemberRole.Governor),
            new LocalDateTime(2025, 3, 1, 8, 0), new LocalDateTime(2025, 3, 20, 20, 0));
        delegation.AddStop(shanghai, new LocalDateTime(2025, 3, 2, 10, 0), new LocalDateTime(2025, 3, 10, 18, 0));
        delegation.AddStop(chongqing, new LocalDateTime(2025, 3, 11, 10, 0), new LocalDateTime(2025, 3, 19, 18, 0));
        var at = new LocalDateTime(2025, 3, 3, 9, 0);
        foreach (var (op, arg, shape) in steps)
        {
            at = at.PlusHours(7);
            var place = at.Day <= 10 ? shanghai : chongqing;
            if (at.Day is 10 or 11 or > 19)
            {
                continue;
            }

            switch (op)
            {
                case 0: delegation.AddEngagement(place, new Meeting(at, [new Counterpart($"Official {arg}", "Director")], arg % 2 == 0 ? null : "Trade")); break;
                case 1: delegation.AddEngagement(place, Gift(at, arg)); break;
                case 2: delegation.AddEngagement(place, new SiteVisit(at, new Organization($"Lab {arg}", arg % 2 == 0 ? OrganizationField.Robotics : null))); break;
                case 3: delegation.AddEngagement(place, new EventParticipation(at, $"Forum {arg}")); break;
                case 4: delegation.AddMember(new DelegationMember($"Member {delegation.Members.Count}", "Official", MemberRole.Official)); break;
                default:
                    var commitment = delegation.Commit(home, place, $"Promise {delegation.Commitments.Count}", Date(new LocalDate(2025, 6, 1), shape));
                    if (arg == 1)
                    {
                        delegation.CompleteCommitment(commitment.Number, new LocalDate(2025, 5, 1));
                    }
                    else if (arg == 2)
                    {
                        delegation.DropCommitment(commitment.Number, new LocalDate(2025, 7, 1), "No budget");
                    }

                    break;
            }
        }

        delegation.SetBudget(steps.Length % 3 == 0 ? null : new Money(steps.Length * 1_000.5m, new CurrencyCode("KRW")));
        delegation.RecordActualCost(steps.Length % 2 == 0 ? null : new Money(steps.Length * 990m, new CurrencyCode(steps.Length % 5 == 0 ? "USD" : "KRW")));
        return delegation;
    }

    /// <summary>A gift as a register may record it: given or received, with or without a value and what became of it.</summary>
    private static Gift Gift(LocalDateTime at, int arg) => new(at, "Book", arg + 1, "Host")
    {
        Direction = arg % 2 == 0 ? GiftDirection.ByDelegation : GiftDirection.ToDelegation,
        Value = arg % 3 == 0 ? null : new Money(arg * 12_345.67m, new CurrencyCode(arg % 3 == 1 ? "KRW" : "CNY")),
        Disposition = arg % 4 == 0 ? null : new GiftDisposition((GiftDispositionKind)(arg % 6), arg % 2 == 0 ? null : $"Note {arg}"),
    };

    /// <summary>A day as a register may know it: exactly, by month or year, only a bound, between two days, or not at all.</summary>
    public static PartialDate Date(LocalDate day, int shape) => shape switch
    {
        0 or 1 or 2 or 3 => PartialDate.On(day),
        4 => PartialDate.InMonth(day.Year, day.Month),
        5 => PartialDate.InYear(day.Year),
        6 => PartialDate.OnOrBefore(day),
        7 => PartialDate.OnOrAfter(day),
        8 => PartialDate.Between(day.PlusDays(-10), day.PlusDays(10)),
        _ => PartialDate.Unknown,
    };

    private sealed record AgreementPlan(int Pair, int Kind, int SigningDay, int SigningShape, int Term, (int Op, int Gap, int Arg, int Shape)[] Steps, int Extras)
    {
        public Agreement Build(string id, Region[] parties)
        {
            var signed = Origin.PlusDays(SigningDay);
            var term = Term switch
            {
                0 => null,
                1 => AgreementTerm.OfYears(3),
                2 => new AgreementTerm(Period.FromMonths(18), renewsAutomatically: true),
                _ => AgreementTerm.Until(signed.PlusYears(4)),
            };
            var agreement = (Extras & 1) == 0
                ? Agreement.Sign(
                    new AgreementId(id), (AgreementKind)Kind, parties.Select(party => new Party(party)), Date(signed, SigningShape),
                    new SigningDetails { Term = term, EntersIntoForceOnSigning = (Extras & 2) == 0, Place = (Extras & 4) == 0 ? null : parties[1] },
                    (Extras & 8) == 0 ? null : $"Title of {id}",
                    (Extras & 16) == 0 ? null : [CooperationField.Culture, CooperationField.Of("rice farming")])
                : Agreement.Propose(new AgreementId(id), (AgreementKind)Kind, parties.Select(party => new Party(party)), Date(signed, SigningShape));
            if ((Extras & 32) != 0)
            {
                agreement.AddNote($"Note on {id}");
                agreement.AddSource(SourceReference.FromUrl(new Uri($"https://example.org/{id}")));
                agreement.AddContactPerson(new ContactPerson("Contact", parties[0], CooperationField.Culture));
            }

            var day = signed;
            foreach (var (op, gap, arg, shape) in Steps)
            {
                day = day.PlusDays(gap);
                try
                {
                    Apply(agreement, op, arg, Date(day, shape), parties);
                }
                catch (DomainRuleException)
                {
                    // A refused step is left out: what remains is a valid history.
                }
            }

            return agreement;
        }

        private static void Apply(Agreement agreement, int op, int arg, PartialDate on, Region[] parties)
        {
            switch (op)
            {
                case 0: agreement.Sign(on, SigningDetails.None); break;
                case 1: agreement.EnterIntoForce(on); break;
                case 2: agreement.Suspend(on, (SuspensionReason)(arg % 3), arg == 3 ? "Paused" : null); break;
                case 3: agreement.Resume(on); break;
                case 4: agreement.Renew(on, arg % 2 == 0 ? AgreementTerm.OfYears(arg + 1) : new AgreementTerm(Period.FromMonths(arg * 7))); break;
                case 5: agreement.Upgrade(on, (AgreementKind)arg); break;
                case 6: agreement.Terminate(on, parties[arg % parties.Length], "Ended"); break;
                case 7: agreement.Supersede(on, new AgreementId($"NEWER-{arg}")); break;
                case 8: agreement.Withdraw(on, parties[arg % parties.Length], "Left"); break;
                case 9 when agreement.History.Count > 1: agreement.Retract(agreement.History[^1], "Recorded in error"); break;
                case 10: agreement.AddSource(SourceReference.FromCitation($"Source {arg}"), agreement.History[arg % agreement.History.Count]); break;
                case 11: agreement.AddField(CooperationField.WellKnown[arg]); break;
                default: agreement.AddNote($"Step note {arg}"); break;
            }
        }
    }
}
