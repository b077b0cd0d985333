using CsCheck;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Tests.Fixtures;

/// <summary>
/// A random agreement with everything a host stores, for the rebuild properties: proposed or signed outright, between two
/// or three parties, with signatories, a ceremony, fields, contact persons, notes, sources of the whole and of single
/// events, and a lifecycle of exact or partly known days with withdrawals and retractions. Built through the commands,
/// so refused steps are left out and every history is valid.
/// </summary>
public sealed record StoredAgreementScript(bool Proposed, bool Trilateral, int TermChoice, bool EntersIntoForceOnSigning, (int Op, int Gap, int Arg, int Precision)[] Steps)
{
    public static readonly LocalDate SigningDay = new(2000, 1, 1);

    public static Gen<StoredAgreementScript> Gen { get; } = CsCheck.Gen.Select(
        CsCheck.Gen.Bool,
        CsCheck.Gen.Bool,
        CsCheck.Gen.Int[0, 3],
        CsCheck.Gen.Bool,
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, 17], CsCheck.Gen.Int[0, 400], CsCheck.Gen.Int[0, 5], CsCheck.Gen.Int[0, 3]).Array[0, 14],
        (proposed, trilateral, term, onSigning, steps) => new StoredAgreementScript(proposed, trilateral, term, onSigning, steps));

    public static IReadOnlyList<Region> Parties(bool trilateral) => trilateral ? [Seed.Gyeonggi, Seed.Shanghai, Seed.Tianjin] : [Seed.Gyeonggi, Seed.Shanghai];

    public Agreement Build()
    {
        var parties = Parties(Trilateral);
        var details = new SigningDetails
        {
            Place = Seed.Shanghai,
            Ceremony = new LocalDateTime(2000, 1, 1, 15, 0).InZoneStrictly(Seed.Shanghai.TimeZone),
            Term = TermChoice switch
            {
                0 => null,
                3 => new AgreementTerm(Period.FromYears(2), renewsAutomatically: true),
                _ => AgreementTerm.OfYears(TermChoice),
            },
            EntersIntoForceOnSigning = EntersIntoForceOnSigning,
            Signatories = [new Signatory("Lim Chang-yeol", "Governor", Seed.Gyeonggi), new Signatory("Xu Kuangdi", "Mayor", Seed.Shanghai)],
        };
        Agreement agreement;
        if (Proposed)
        {
            agreement = Agreement.Propose(new AgreementId("STORED"), AgreementKind.Friendship, [.. parties.Select(Party.FromRegion)], PartialDate.InYear(1999), "Friendship", [CooperationField.Culture]);
            agreement.Sign(SigningDay, details);
        }
        else
        {
            agreement = Agreement.Sign(new AgreementId("STORED"), AgreementKind.LetterOfIntent, [new Party(Seed.Gyeonggi, "Gyeonggi Business & Science Accelerator"), .. parties.Skip(1).Select(Party.FromRegion)], SigningDay, details);
        }

        var day = SigningDay;
        foreach (var (op, gap, arg, precision) in Steps)
        {
            day = day.PlusDays(gap);
            try
            {
                Apply(agreement, op, arg, Blur(day, precision, gap), parties);
            }
            catch (DomainRuleException)
            {
                // A refused step is left out: what remains is a valid history.
            }
        }

        return agreement;
    }

    private static PartialDate Blur(LocalDate day, int precision, int gap) => precision switch
    {
        1 => PartialDate.InMonth(day.Year, day.Month),
        2 => PartialDate.Between(day, day.PlusDays((gap % 40) + 1)),
        _ => day,
    };

    private static void Apply(Agreement agreement, int op, int arg, PartialDate on, IReadOnlyList<Region> parties)
    {
        switch (op)
        {
            case 0: agreement.EnterIntoForce(on); break;
            case <= 2: agreement.Suspend(on, (SuspensionReason)(arg % 3), arg > 2 ? " exchanges paused " : null); break;
            case <= 4: agreement.Resume(on); break;
            case 5: agreement.Renew(on, AgreementTerm.OfYears(arg + 1)); break;
            case 6: agreement.Upgrade(on, (AgreementKind)(arg % 5)); break;
            case 7: agreement.Terminate(on, parties[arg % parties.Count], "ended"); break;
            case 8: agreement.Supersede(on, new AgreementId("NEWER")); break;
            case 9: agreement.Withdraw(on, parties[arg % parties.Count], "left"); break;
            case 10 when agreement.History.Count > 1: agreement.Retract(agreement.History[1 + (arg % (agreement.History.Count - 1))], "recorded in error"); break;
            case 11: agreement.AddSource(SourceReference.FromCitation($"Gazette {arg}"), agreement.History[arg % agreement.History.Count]); break;
            case 12 when agreement.Retractions.Count > 0: agreement.AddSource(SourceReference.FromUrl(new Uri($"https://example.org/{arg}")), agreement.Retractions[^1].Retracted); break;
            case 13: agreement.AddSource(SourceReference.FromUrl(new Uri($"https://example.org/{arg}"), "A report")); break;
            case 14: agreement.AddNote($"note {arg}"); break;
            case 15: agreement.AddField(arg % 2 == 0 ? CooperationField.Trade : CooperationField.Health); break;
            case 16: agreement.AddContactPerson(new ContactPerson($"Contact {arg}", parties[arg % parties.Count], arg % 2 == 0 ? CooperationField.Tourism : null, "Director")); break;
            default: agreement.AddSource(SourceReference.FromCitation($"Gazette {arg}"), agreement.History[0]); break;
        }
    }
}
