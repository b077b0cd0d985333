using CsCheck;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;

namespace Diplomacy.Core.Tests.Fixtures;

/// <summary>
/// A random lifecycle, for property-based tests: a signing on 1 January 2000 (with no term, a fixed term or a
/// term that renews itself, in force on signing or later) followed by commands a few days or months apart.
/// Built through the aggregate, so refused commands are simply left out and the history is always valid.
/// </summary>
public sealed record AgreementScript(int TermChoice, int TermYears, bool EntersIntoForceOnSigning, (int Op, int Gap, int Arg)[] Steps)
{
    public static readonly LocalDate SigningDay = new(2000, 1, 1);

    public static Gen<AgreementScript> Gen { get; } = CsCheck.Gen.Select(
        CsCheck.Gen.Int[0, 3],
        CsCheck.Gen.Int[1, 3],
        CsCheck.Gen.Bool,
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, 11], CsCheck.Gen.Int[0, 400], CsCheck.Gen.Int[0, 3]).Array[0, 12],
        (term, years, onSigning, steps) => new AgreementScript(term, years, onSigning, steps));

    public Agreement Build()
    {
        var term = TermChoice switch
        {
            0 => null,
            3 => new AgreementTerm(Period.FromYears(TermYears), renewsAutomatically: true),
            _ => AgreementTerm.OfYears(TermYears),
        };
        var agreement = Agreement.Sign(
            new AgreementId("SCRIPT"),
            AgreementKind.LetterOfIntent,
            [Seed.Gyeonggi, Seed.Shanghai],
            SigningDay,
            new SigningDetails { Term = term, EntersIntoForceOnSigning = EntersIntoForceOnSigning });
        var day = SigningDay;
        foreach (var (op, gap, arg) in Steps)
        {
            day = day.PlusDays(gap);
            try
            {
                Apply(agreement, op, arg, day);
            }
            catch (DomainRuleException)
            {
                // A refused step is left out: what remains is a valid history.
            }
        }

        return agreement;
    }

    /// <summary>Records the same history again, with each date replaced by <paramref name="blur"/>'s (which must contain it).</summary>
    public static Agreement Replay(IReadOnlyList<IAgreementEvent> history, Func<int, PartialDate, PartialDate> blur)
    {
        var signing = (AgreementSigned)history[0];
        var agreement = Agreement.Sign(
            signing.AgreementId,
            signing.Kind,
            [Seed.Gyeonggi, Seed.Shanghai],
            blur(0, signing.OccurredOn),
            new SigningDetails { Term = signing.Term, EntersIntoForceOnSigning = signing.EntersIntoForceOnSigning });
        for (var i = 1; i < history.Count; i++)
        {
            Record(agreement, history[i], blur(i, history[i].OccurredOn));
        }

        return agreement;
    }

    /// <summary>Records an event of another agreement's history on <paramref name="agreement"/>, dated <paramref name="on"/>, through its command.</summary>
    public static void Record(Agreement agreement, IAgreementEvent change, PartialDate on)
    {
        switch (change)
        {
            case AgreementEnteredIntoForce: agreement.EnterIntoForce(on); break;
            case AgreementSuspended suspended: agreement.Suspend(on, suspended.Reason); break;
            case AgreementResumed: agreement.Resume(on); break;
            case AgreementRenewed renewed: agreement.Renew(on, renewed.Term); break;
            case AgreementUpgraded upgraded: agreement.Upgrade(on, upgraded.To); break;
            case AgreementTerminated terminated: agreement.Terminate(on, terminated.By, terminated.Reason); break;
            case AgreementSuperseded superseded: agreement.Supersede(on, superseded.By); break;
            default: throw new InvalidOperationException($"Cannot replay {change}.");
        }
    }

    private static void Apply(Agreement agreement, int op, int arg, LocalDate day)
    {
        switch (op)
        {
            case 0: agreement.EnterIntoForce(day); break;
            case <= 3: agreement.Suspend(day, SuspensionReason.Pandemic); break;
            case <= 6: agreement.Resume(day); break;
            case <= 8: agreement.Renew(day, AgreementTerm.OfYears(arg + 1)); break;
            case 9: agreement.Upgrade(day, (AgreementKind)arg); break;
            case 10: agreement.Terminate(day, arg % 2 == 0 ? Seed.Gyeonggi : Seed.Shanghai, "ended"); break;
            default: agreement.Supersede(day, new AgreementId("NEWER")); break;
        }
    }
}
