using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;
using static Diplomacy.Core.Tests.Agreements.Rules.History;

namespace Diplomacy.Core.Tests.Agreements.Rules;

/// <summary>A terminated or superseded agreement is final: no act can follow its end. Facts about it are still accepted: a source, a note, or an event learned late that happened before the end.</summary>
public sealed class EndedAgreementIsFinal
{
    [Theory]
    [MemberData(nameof(Commands))]
    public void Nothing_is_recorded_after_termination(string command)
    {
        var mou = SignedMou();
        mou.Terminate(new LocalDate(2026, 1, 1), Seed.Shanghai, "political");

        mou.RefusesWith(m => Run(m, command, new LocalDate(2026, 6, 1)), DomainRule.EndedAgreementIsFinal);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Nothing_is_recorded_after_supersession(string command)
    {
        var mou = SignedMou();
        mou.Supersede(new LocalDate(2026, 1, 1), new AgreementId("NEWER"));

        mou.RefusesWith(m => Run(m, command, new LocalDate(2026, 6, 1)), DomainRule.EndedAgreementIsFinal);
    }

    public static TheoryData<string> Commands => ["suspend", "resume", "renew", "upgrade", "terminate", "supersede", "enter into force"];

    private static void Run(Agreement agreement, string command, LocalDate on)
    {
        switch (command)
        {
            case "suspend": agreement.Suspend(on, SuspensionReason.Other); break;
            case "resume": agreement.Resume(on); break;
            case "renew": agreement.Renew(on, AgreementTerm.OfYears(3)); break;
            case "upgrade": agreement.Upgrade(on, AgreementKind.SisterCity); break;
            case "terminate": agreement.Terminate(on, Seed.Gyeonggi, "again"); break;
            case "supersede": agreement.Supersede(on, new AgreementId("OTHER")); break;
            default: agreement.EnterIntoForce(on); break;
        }
    }
}
