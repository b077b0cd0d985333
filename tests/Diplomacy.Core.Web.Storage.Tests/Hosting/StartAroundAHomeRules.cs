using CsCheck;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Seed;
using Diplomacy.Core.Web.Storage.Tests.Fixtures;
using Diplomacy.Core.Web.Storage.Tests.Storage;
using NodaTime;
using static Diplomacy.Core.Web.Storage.Tests.Fixtures.SeedWrites;

namespace Diplomacy.Core.Web.Storage.Tests.Hosting;

/// <summary>
/// A host started around its home serves the home's questions from the home's part of the store while the rest is
/// read, answers them as the whole register does, and lets nothing else through until the whole is there.
/// </summary>
public sealed class StartAroundAHomeRules : IDisposable
{
    private static readonly LocalDate Today = new(2024, 11, 20);
    private readonly TemporaryDatabase _database = new();

    public StartAroundAHomeRules()
    {
        using var host = RegisterHost.Open(_database.OpenStore(), SeedRegister.Build);
        host.Write(AddSuwonAndOtherTies);
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public void The_part_around_a_region_holds_its_own_ties_the_delegations_of_it_and_its_places_the_ties_they_signed_and_the_regions_they_name()
    {
        var whole = _database.OpenStore().Load();

        var (part, regionsStored) = _database.OpenStore().LoadAround("KR-41")!;

        regionsStored.Should().Be(whole.Regions.Count);
        part.Regions.Select(region => region.Id.Value).Should().BeEquivalentTo("KR", "KR-41", "KR-41-SUWON", "CN", "CN-BJ", "CN-TJ", "CN-SH", "CN-CQ");
        part.Regions.Should().BeSubsetOf(whole.Regions).And.NotContain(region => region.Id.Value == "CN-SH-PUDONG");
        part.Agreements.Select(tie => tie.Id.Value).Should().BeEquivalentTo("GG-TJ-MOU", "GG-CQ-MOU-2025", "GG-SH-MOU-2025", "SW-BJ-MOU");
        part.Delegations.Select(delegation => delegation.Id.Value).Should().BeEquivalentTo("GG-2025-CN", "SW-2024-CN");
        part.DistinctTies.Should().BeSubsetOf(whole.DistinctTies);
    }

    [Fact]
    public void A_part_is_asked_for_by_the_regions_id_in_any_case_and_an_id_no_region_has_gives_none()
    {
        var store = _database.OpenStore();

        store.LoadAround(" kr-41 ")!.Facts.Agreements.Should().HaveCount(4);
        store.LoadAround("KR-99").Should().BeNull();
    }

    [Fact]
    public void A_register_rebuilt_from_the_part_answers_the_regions_ties_agenda_and_overdue_commitments_as_the_whole_does()
    {
        var whole = Register.Rebuild(_database.OpenStore().Load());
        var part = Register.Rebuild(_database.OpenStore().LoadAround("KR-41")!.Facts);
        var window = new DateInterval(Today, Today.PlusDays(365));

        Answers(part).Should().Equal(Answers(whole));
        Answers(part).Should().NotBeEmpty();

        IEnumerable<string> Answers(Register register)
        {
            var home = Region(register, "KR-41");
            return
            [
                .. register.TiesOf(home).Select(tie => $"tie {tie.Id} {tie.StatusOn(Today)}"),
                .. register.AgendaOf(home, window).Select(entry => $"agenda {entry}"),
                .. register.CommitmentsOverdueOn(new LocalDate(2025, 12, 31))
                    .Where(commitment => register.Delegations.Find(commitment.Delegation)!.Home.IsWithin(home))
                    .Select(commitment => $"overdue {commitment.Delegation} {commitment.Number}"),
            ];
        }
    }

    [Fact]
    public void A_register_that_uses_every_fact_answers_each_regions_own_questions_from_its_part_as_from_the_whole()
    {
        using var database = new TemporaryDatabase();

        var whole = SqliteRoundTrip.StoreAndLoad(database.OpenStore(), StoryRegister.Build());

        EachPartAnswersAsTheWhole(database.OpenStore(), whole);
    }

    [Fact]
    public void Every_random_register_answers_each_regions_own_questions_from_its_part_as_from_the_whole()
    {
        RandomRegister.Gen.Sample(
            original =>
            {
                using var database = new TemporaryDatabase();
                EachPartAnswersAsTheWhole(database.OpenStore(), SqliteRoundTrip.StoreAndLoad(database.OpenStore(), original));
            },
            iter: PropertySamples.Of(10),
            threads: 1);
    }

    [Fact]
    public async Task A_host_started_around_its_home_answers_the_home_while_the_rest_is_read_and_every_other_read_only_after()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var store = new GatedStore(_database.OpenStore());
        using var host = RegisterHost.Start(store, "KR-41");

        var homeTies = host.ReadAbout(register => Region(register, "KR-41"), (register, home) => register.TiesOf(home).Count);
        var regions = host.CountRegions();
        var others = Task.Run(() => host.Read(register => register.Find(new AgreementId("BJ-SH-MOU")) is not null), cancel);
        var beijing = Task.Run(() => host.ReadAbout(register => Region(register, "CN-BJ"), (register, region) => register.TiesOf(region).Select(tie => tie.Id.Value)), cancel);
        var written = Task.Run(() => host.Write(SignBeijing), cancel);
        var pudong = Task.Run(() => host.ReadAbout(register => Region(register, "CN-SH-PUDONG"), (register, region) => region.Parent!.Id.Value), cancel);
        var waiting = Task.WhenAll(others, beijing, written, pudong);

        homeTies.Should().Be(3);
        regions.Should().Be(_database.OpenStore().Load().Regions.Count);
        (await Task.WhenAny(waiting, Task.Delay(300, cancel))).Should().NotBeSameAs(waiting, "the rest is not read yet");
        host.Loaded.IsCompleted.Should().BeFalse();

        store.Open();

        await host.Loaded.WaitAsync(TimeSpan.FromSeconds(30), cancel);
        await waiting;
        (await others).Should().BeTrue();
        (await pudong).Should().Be("CN-SH", "a region the part does not hold is found in the whole register, not refused");
        (await beijing).Should().Contain(["SW-BJ-MOU", "BJ-SH-MOU"], "Beijing's tie with Shanghai is not in Gyeonggi's part");
        host.ReadAbout(register => Region(register, "KR-41"), (register, home) => register.TiesOf(home).Count).Should().Be(4);
    }

    [Fact]
    public async Task When_the_rest_cannot_be_read_every_read_and_write_fails_naming_the_start_even_about_the_home()
    {
        using var store = new GatedStore(_database.OpenStore()) { Failure = new InvalidDataException("The region XX has no names in region_names.") };
        using var host = RegisterHost.Start(store, "KR-41");

        store.Open();

        await FluentActions.Awaiting(() => host.Loaded.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken))
            .Should().ThrowAsync<InvalidDataException>();
        host.Invoking(served => served.Read(register => register.Agreements.Count))
            .Should().Throw<InvalidOperationException>().WithMessage("*could not be read from its store at start*no names*")
            .WithInnerException<InvalidDataException>();
        host.Invoking(served => served.ReadAbout(register => Region(register, "KR-41"), (register, home) => register.TiesOf(home).Count))
            .Should().Throw<InvalidOperationException>();
        host.Invoking(served => served.CountRegions()).Should().Throw<InvalidOperationException>();
        host.Invoking(served => served.Write(SignBeijing)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void A_host_started_around_a_region_the_store_lacks_or_on_a_store_that_reads_no_part_reads_the_whole_before_it_returns()
    {
        using var aroundNowhere = RegisterHost.Start(_database.OpenStore(), "KR-99");
        using var noParts = RegisterHost.Start(new CountingStore(_database.OpenStore()), "KR-41");

        aroundNowhere.Loaded.IsCompletedSuccessfully.Should().BeTrue();
        noParts.Loaded.IsCompletedSuccessfully.Should().BeTrue();
        noParts.Read(register => register.Agreements.Count).Should().Be(5);
    }

    [Fact]
    public void An_empty_store_started_around_its_home_is_given_the_seed_and_served_whole_at_once()
    {
        using var empty = new TemporaryDatabase();

        using var host = RegisterHost.Start(empty.OpenStore(), "KR-41", SeedRegister.Build);

        host.Loaded.IsCompletedSuccessfully.Should().BeTrue();
        host.Read(register => register.Agreements.Count).Should().Be(3);
    }

    /// <summary>
    /// For every region of the register: the part around it, rebuilt, answers what a question about the region reads
    /// (its own ties, their statuses and partners' countries, its and its places' delegations, its agenda, their
    /// overdue commitments) on dates from long before to long after the register's, exactly as the whole register does.
    /// </summary>
    private static void EachPartAnswersAsTheWhole(IRegisterStore store, Register whole)
    {
        LocalDate[] dates = [new(1950, 1, 1), new(2000, 6, 15), new(2025, 9, 26), new(2060, 1, 1)];
        foreach (var region in whole.Directory.Regions)
        {
            var part = Register.Rebuild(store.LoadAround(region.Id.Value)!.Facts);

            OwnAnswers(part, region.Id.Value, dates).Should().Equal(OwnAnswers(whole, region.Id.Value, dates), $"the part around {region.Id} answers as the whole");
        }
    }

    private static List<string> OwnAnswers(Register register, string id, LocalDate[] dates)
    {
        var home = Region(register, id);
        var answers = new List<string>();
        foreach (var date in dates)
        {
            answers.AddRange(register.TiesOf(home).Select(tie =>
                $"tie {tie.Id} {tie.StatusOn(date)} {string.Join(' ', tie.Parties.Select(party => party.Region.Country?.Id))}"));
            answers.AddRange(register.AgendaOf(home, new DateInterval(date, date.PlusYears(1))).Select(entry =>
                $"agenda {entry.Kind} {entry.Days} {entry.IsCertain} {entry.Agreement?.Id} {entry.Delegation?.Id} {entry.Commitment?.Number} {entry.AnniversaryNumber} {entry.TermLastDays}"));
            answers.AddRange(register.CommitmentsOverdueOn(date)
                .Where(commitment => register.Delegations.Find(commitment.Delegation)!.Home.IsWithin(home))
                .Select(commitment => $"overdue {commitment.Delegation} {commitment.Number}"));
        }

        answers.AddRange(register.Delegations.Delegations.Where(delegation => delegation.Home.IsWithin(home)).Select(delegation => $"delegation {delegation.Id}"));
        return answers;
    }

    /// <summary>
    /// Suwon, a city in Gyeonggi, with its own tie with Beijing, signed on a visit of Suwon's; and a tie, a visit and a
    /// place (Pudong) of others that Gyeonggi's part must leave out.
    /// </summary>
    private static int AddSuwonAndOtherTies(RegisterEdit edit)
    {
        var register = edit.Register;
        var (gyeonggi, beijing, shanghai) = (Region(register, "KR-41"), Region(register, "CN-BJ"), Region(register, "CN-SH"));
        var suwon = Geography.Region.CreatePlace(
            new RegionId("KR-41-SUWON"), AdministrativeKind.Other, RegionNames.Of("en", "Suwon"), gyeonggi, "Asia/Seoul");
        var pudong = Geography.Region.CreatePlace(
            new RegionId("CN-SH-PUDONG"), AdministrativeKind.Other, RegionNames.Of("en", "Pudong"), shanghai, "Asia/Shanghai");
        register.AddRegions([suwon, pudong]);

        var suwonBeijing = Agreement.Sign(new AgreementId("SW-BJ-MOU"), AgreementKind.CooperationMemorandum, [suwon, beijing], new LocalDate(2024, 5, 2));
        register.Add(suwonBeijing);
        register.Add(Agreement.Sign(new AgreementId("BJ-SH-MOU"), AgreementKind.CooperationMemorandum, [beijing, shanghai], new LocalDate(2023, 3, 1)));

        var suwonVisit = Delegation.PlanOutbound(
            new DelegationId("SW-2024-CN"), suwon, "Signing in Beijing", new DelegationMember("Lee Jae-jun", "Mayor of Suwon", MemberRole.Mayor),
            leavesHome: new LocalDateTime(2024, 5, 1, 9, 0), returnsHome: new LocalDateTime(2024, 5, 3, 18, 0));
        suwonVisit.AddStop(beijing, new LocalDateTime(2024, 5, 1, 13, 0), new LocalDateTime(2024, 5, 3, 10, 0));
        suwonVisit.AddEngagement(beijing, new Signing(new LocalDateTime(2024, 5, 2, 11, 0), suwonBeijing));
        suwonVisit.Commit(suwon, beijing, "Send a youth orchestra", PartialDate.InMonth(2025, 6));
        register.Record(suwonVisit);

        var shanghaiVisit = Delegation.PlanOutbound(
            new DelegationId("SH-2024-KR"), shanghai, "Visit to Gyeonggi", new DelegationMember("Gong Zheng", "Mayor of Shanghai", MemberRole.Mayor),
            leavesHome: new LocalDateTime(2024, 6, 1, 9, 0), returnsHome: new LocalDateTime(2024, 6, 3, 18, 0));
        shanghaiVisit.AddStop(gyeonggi, new LocalDateTime(2024, 6, 1, 13, 0), new LocalDateTime(2024, 6, 3, 10, 0));
        shanghaiVisit.Commit(shanghai, gyeonggi, "Send a trade mission", PartialDate.InMonth(2025, 6));
        register.Record(shanghaiVisit);
        return 0;
    }

    /// <summary>A store whose whole read waits until the test opens the gate, then reads the database or fails as told.</summary>
    private sealed class GatedStore(IRegisterStore inner) : IRegisterStore, IDisposable
    {
        private readonly ManualResetEventSlim _gate = new();

        public Exception? Failure { get; init; }

        public void Open() => _gate.Set();

        public void Dispose()
        {
            // A host waits for its whole read when disposed: the gate opens first, whatever the test did.
            _gate.Set();
            _gate.Dispose();
        }

        public RegisterFacts Load()
        {
            _gate.Wait(TimeSpan.FromSeconds(30));
            return Failure is null ? inner.Load() : throw Failure;
        }

        public RegisterPart? LoadAround(string region) => inner.LoadAround(region);

        public void Commit(RegisterChange change) => inner.Commit(change);
    }
}
