using Diplomacy.Core.Agreements;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Seed;
using Diplomacy.Core.Web.Storage.Tests.Fixtures;
using NodaTime;
using static Diplomacy.Core.Web.Storage.Tests.Fixtures.SeedWrites;

namespace Diplomacy.Core.Web.Storage.Tests.Hosting;

/// <summary>The hosted register and its database never disagree: what the domain refuses or the store fails to commit is nowhere, what is committed is everywhere.</summary>
public sealed class RegisterHostRules : IDisposable
{
    private static readonly LocalDate AfterTheTrip = new(2025, 9, 26);
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void An_empty_database_is_given_the_seed_and_serves_its_three_of_four()
    {
        using var host = RegisterHost.Open(_database.OpenStore(), SeedRegister.Build);

        var covered = host.Read(register => CoverageOfGyeonggi(register).Count);

        covered.Should().Be(3);
        _database.OpenStore().Load().Agreements.Should().HaveCount(3);
    }

    [Fact]
    public void A_refused_signing_changes_nothing_in_the_database()
    {
        using var host = RegisterHost.Open(_database.OpenStore(), SeedRegister.Build);
        var before = _database.OpenStore().Load();

        var refusal = FluentActions.Invoking(() => host.Write(edit =>
        {
            var gyeonggi = Region(edit.Register, "KR-41");
            var shanghai = Region(edit.Register, "CN-SH");
            edit.Register.Add(Agreement.Sign(
                new AgreementId("GG-SH-MOU-AGAIN"), AgreementKind.CooperationMemorandum, [gyeonggi, shanghai], new LocalDate(2025, 10, 1)));
            return 0;
        })).Should().Throw<DomainRuleException>().Which;

        refusal.Rule.Should().Be(DomainRule.AgreementMustNotDuplicateATie);
        _database.OpenStore().Load().Should().Be(before);
        host.Read(register => register.Find(new AgreementId("GG-SH-MOU-AGAIN"))).Should().BeNull();
    }

    [Fact]
    public void A_write_whose_commit_fails_leaves_the_register_as_the_store_holds_it()
    {
        var store = new CountingStore(_database.OpenStore());
        using var host = RegisterHost.Open(store, SeedRegister.Build);
        store.FailNextCommit = true;

        FluentActions.Invoking(() => host.Write(SignBeijing)).Should().Throw<IOException>();

        host.Read(register => register.Find(new AgreementId("GG-BJ-MOU"))).Should().BeNull();
        host.Read(register => register.ToFacts()).Should().Be(_database.OpenStore().Load());
        host.Read(register => CoverageOfGyeonggi(register).Count).Should().Be(3);
    }

    [Fact]
    public void A_command_that_fails_after_changing_an_agreement_in_place_is_undone()
    {
        using var host = RegisterHost.Open(_database.OpenStore(), SeedRegister.Build);

        FluentActions.Invoking(() => host.Write(edit =>
        {
            var tie = edit.Register.Find(new AgreementId("GG-SH-MOU-2025"))!;
            tie.Suspend(new LocalDate(2025, 10, 1), SuspensionReason.Political);
            tie.Resume(new LocalDate(2025, 9, 30));
            return 0;
        })).Should().Throw<DomainRuleException>();

        host.Read(register => register.Find(new AgreementId("GG-SH-MOU-2025"))!.History.Count).Should().Be(1);
    }

    [Fact]
    public void An_accepted_signing_is_in_the_database_and_served_after_the_host_is_opened_again()
    {
        using (var host = RegisterHost.Open(_database.OpenStore(), SeedRegister.Build))
        {
            host.Write(SignBeijing);
        }

        using var reopened = RegisterHost.Open(_database.OpenStore(), SeedRegister.Build);

        reopened.Read(register => CoverageOfGyeonggi(register).Count).Should().Be(4);
        reopened.Read(register => register.Find(new AgreementId("GG-BJ-MOU"))!.Title).Should().Be("Gyeonggi Province–Beijing MOU");
    }

    [Fact]
    public void An_event_recorded_on_a_stored_agreement_replaces_its_rows_and_is_served_after_reopening()
    {
        using (var host = RegisterHost.Open(_database.OpenStore(), SeedRegister.Build))
        {
            host.Write(edit =>
            {
                var tie = edit.Register.Find(new AgreementId("GG-SH-MOU-2025"))!;
                tie.Suspend(new LocalDate(2026, 3, 1), SuspensionReason.Pandemic, "Exchanges paused");
                tie.AddSource(SourceReference.FromCitation("Press release, 1 March 2026"), tie.History[^1]);
                return 0;
            });
        }

        using var reopened = RegisterHost.Open(_database.OpenStore());

        var tie = reopened.Read(register => register.Find(new AgreementId("GG-SH-MOU-2025"))!);
        tie.StatusOn(new LocalDate(2026, 4, 1)).Should().Be(AgreementStatus.Suspended);
        tie.SourcesOf(tie.History[^1]).Should().ContainSingle();
    }

    [Fact]
    public void A_renewal_that_makes_an_old_tie_overlap_a_later_one_still_lets_the_host_open_again()
    {
        using (var host = RegisterHost.Open(_database.OpenStore(), SeedRegister.Build))
        {
            host.Write(edit =>
            {
                var gyeonggi = Region(edit.Register, "KR-41");
                var beijing = Region(edit.Register, "CN-BJ");
                edit.Register.Add(Agreement.Sign(
                    new AgreementId("GG-BJ-2000"), AgreementKind.Friendship, [gyeonggi, beijing], new LocalDate(2000, 5, 1),
                    new SigningDetails { Term = AgreementTerm.OfYears(3) }));
                edit.Register.Add(Agreement.Sign(new AgreementId("GG-BJ-2010"), AgreementKind.Friendship, [gyeonggi, beijing], new LocalDate(2010, 5, 1)));
                return 0;
            });
            host.Write(edit =>
            {
                var old = edit.Register.Find(new AgreementId("GG-BJ-2000"))!;
                old.Renew(new LocalDate(2009, 1, 1), AgreementTerm.OfYears(5));
                return 0;
            });
        }

        using var reopened = RegisterHost.Open(_database.OpenStore());

        reopened.Read(register => register.ToFacts().DistinctTies).Should().Equal(new AgreementId("GG-BJ-2010"));
        _database.OpenStore().Load().DistinctTies.Should().Equal(new AgreementId("GG-BJ-2010"));
    }

    [Fact]
    public async Task Readers_during_writes_see_only_committed_ties_and_consistent_answers()
    {
        var store = new CountingStore(_database.OpenStore());
        using var host = RegisterHost.Open(store, SeedRegister.Build);
        using var writing = new CancellationTokenSource();
        var seen = new List<int>[4];
        var readers = Enumerable.Range(0, seen.Length).Select(i => Task.Run(() =>
        {
            seen[i] = [];
            while (!writing.IsCancellationRequested)
            {
                var (held, committed, ofGyeonggi) = host.Read(register =>
                    (register.Agreements.Count, store.AgreementsCommitted, register.TiesOf(Region(register, "KR-41")).Count));
                held.Should().Be(committed, "a reader sees no tie the store has not committed");
                ofGyeonggi.Should().Be(held, "every tie is Gyeonggi's, in every index at once");
                seen[i].Add(held);
            }
        })).ToArray();

        for (var i = 0; i < 20; i++)
        {
            var number = i;
            host.Write(edit => SignWithAPlace(edit, number));
        }

        writing.Cancel();
        await Task.WhenAll(readers);

        foreach (var counts in seen)
        {
            counts.Should().BeInAscendingOrder("a committed tie stays");
        }

        host.Read(register => register.Agreements.Count).Should().Be(23);
        using var reopened = RegisterHost.Open(_database.OpenStore());
        reopened.Read(register => register.Agreements.Count).Should().Be(23);
    }

    private static int SignWithAPlace(RegisterEdit edit, int number)
    {
        var china = Region(edit.Register, "CN");
        var place = Diplomacy.Core.Geography.Region.CreatePlace(
            new RegionId($"CN-PLACE-{number}"), AdministrativeKind.City, RegionNames.Of("en", $"Place {number}"), china);
        edit.Register.AddRegions([place]);
        edit.Register.Add(Agreement.Sign(
            new AgreementId($"GG-PLACE-{number}"), AgreementKind.Friendship, [Region(edit.Register, "KR-41"), place], new LocalDate(2020, 1, 1).PlusDays(number)));
        return number;
    }

    private static CoverageResult CoverageOfGyeonggi(Register register) =>
        register.Coverage(Region(register, "KR-41"), BuiltInCohorts.ChinaDirectAdministeredMunicipalities, AfterTheTrip);
}
