using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Seed;
using Diplomacy.Core.Web.Storage.Tests.Fixtures;
using NodaTime;
using static Diplomacy.Core.Web.Storage.Tests.Fixtures.SeedWrites;

namespace Diplomacy.Core.Web.Storage.Tests.Hosting;

/// <summary>
/// What a write commits follows from what its commands did: every in-place change to an agreement or a delegation is
/// in the database after the write, though the write never says what it changed, and a host opened again serves it.
/// </summary>
public sealed class WritesCommitWhatTheyChanged : IDisposable
{
    private static readonly AgreementId Shanghai = new("GG-SH-MOU-2025");
    private static readonly DelegationId Trip = new("GG-2025-CN");
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    public static TheoryData<string> AgreementCommands => [.. AgreementCommand.Keys];

    public static TheoryData<string> DelegationCommands => [.. DelegationCommand.Keys];

    private static Dictionary<string, Action<Agreement, Register>> AgreementCommand { get; } = new()
    {
        ["suspend"] = (tie, _) => tie.Suspend(new LocalDate(2026, 3, 1), SuspensionReason.Pandemic, "Exchanges paused"),
        ["renew"] = (tie, _) => tie.Renew(new LocalDate(2026, 3, 1), AgreementTerm.OfYears(5)),
        ["upgrade"] = (tie, _) => tie.Upgrade(new LocalDate(2026, 3, 1), AgreementKind.SisterCity),
        ["terminate"] = (tie, register) => tie.Terminate(new LocalDate(2026, 3, 1), Region(register, "KR-41"), "Ended by the province"),
        ["retract the signing's follow-up"] = (tie, _) =>
        {
            tie.Suspend(new LocalDate(2026, 3, 1), SuspensionReason.Other);
            tie.Retract(tie.History[^1], "Recorded in error");
        },
        ["add a field"] = (tie, _) => tie.AddField(CooperationField.Of("robotics")),
        ["add a contact"] = (tie, register) => tie.AddContactPerson(new ContactPerson("Kim Min-ji", Region(register, "KR-41"))),
        ["add a source"] = (tie, _) => tie.AddSource(SourceReference.FromCitation("Gazette, 1 March 2026")),
        ["add a source to an event"] = (tie, _) => tie.AddSource(SourceReference.FromCitation("Press release"), tie.History[0]),
        ["add a note"] = (tie, _) => tie.AddNote("Checked against the province's list"),
    };

    private static Dictionary<string, Action<Delegation, Register>> DelegationCommand { get; } = new()
    {
        ["add a member"] = (trip, _) => trip.AddMember(new DelegationMember("Park Ji-hoon", "Interpreter", MemberRole.Official)),
        ["make a commitment"] = (trip, register) => trip.Commit(Region(register, "KR-41"), Region(register, "CN-SH"), "Send a report", PartialDate.InMonth(2026, 1)),
        ["complete a commitment"] = (trip, _) => trip.CompleteCommitment(1, new LocalDate(2025, 12, 1)),
        ["drop a commitment"] = (trip, _) => trip.DropCommitment(2, new LocalDate(2025, 12, 1), "No longer needed"),
    };

    [Theory]
    [MemberData(nameof(AgreementCommands))]
    public void An_agreement_changed_in_place_is_committed_without_being_named(string command)
    {
        using (var host = RegisterHost.Open(_database.OpenStore(), SeedRegister.Build))
        {
            host.Write(edit =>
            {
                AgreementCommand[command](edit.Register.Find(Shanghai)!, edit.Register);
                return 0;
            });

            _database.OpenStore().Load().Agreements.Single(facts => facts.Id == Shanghai)
                .Should().Be(host.Read(register => register.Find(Shanghai)!.ToFacts()));
        }

        using var reopened = RegisterHost.Open(_database.OpenStore());
        reopened.Read(register => register.Find(Shanghai)!.ToFacts()).Should().NotBe(SeedRegister.Build().Find(Shanghai)!.ToFacts());
    }

    [Theory]
    [MemberData(nameof(DelegationCommands))]
    public void A_delegation_changed_in_place_is_committed_without_being_named(string command)
    {
        using (var host = RegisterHost.Open(_database.OpenStore(), SeedRegister.Build))
        {
            host.Write(edit =>
            {
                DelegationCommand[command](edit.Register.Delegations.Find(Trip)!, edit.Register);
                return 0;
            });

            _database.OpenStore().Load().Delegations.Single(facts => facts.Id == Trip)
                .Should().Be(host.Read(register => register.Delegations.Find(Trip)!.ToFacts()));
        }

        using var reopened = RegisterHost.Open(_database.OpenStore());
        reopened.Read(register => register.Delegations.Find(Trip)!.ToFacts()).Should().NotBe(SeedRegister.Build().Delegations.Find(Trip)!.ToFacts());
    }

    [Fact]
    public void Two_writes_each_commit_only_their_own_change_and_the_database_holds_both()
    {
        using var host = RegisterHost.Open(_database.OpenStore(), SeedRegister.Build);

        host.Write(edit =>
        {
            edit.Register.Find(Shanghai)!.AddNote("First");
            return 0;
        });
        host.Write(edit =>
        {
            edit.Register.Find(Shanghai)!.AddNote("Second");
            return 0;
        });

        _database.OpenStore().Load().Should().Be(host.Read(register => register.ToFacts()));
    }
}
