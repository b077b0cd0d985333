using Diplomacy.Core.Agreements;
using Diplomacy.Core.Web.Seed;
using Diplomacy.Core.Web.Storage.Tests.Fixtures;
using NodaTime;
using static Diplomacy.Core.Web.Storage.Tests.Fixtures.SeedWrites;

namespace Diplomacy.Core.Web.Storage.Tests.Hosting;

/// <summary>
/// A large write (an import) is planned on a copy of the register, outside the write lock: readers keep reading the
/// register as it was until the write is committed, then see all of it; a refused or failed one leaves no trace.
/// </summary>
public sealed class WriteOnCopyRules : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Readers_are_answered_while_a_write_on_a_copy_is_being_planned_and_see_it_once_committed()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var host = RegisterHost.Open(_database.OpenStore(), SeedRegister.Build);
        var planning = new TaskCompletionSource();
        var release = new TaskCompletionSource();

        var write = Task.Run(
            () => host.WriteOnCopy(edit =>
            {
                planning.SetResult();
                release.Task.Wait(cancel);
                return SignBeijing(edit);
            }),
            cancel);
        await planning.Task.WaitAsync(TimeSpan.FromSeconds(30), cancel);

        var whilePlanning = await Task.Run(() => host.Read(register => register.Find(Beijing)), cancel).WaitAsync(TimeSpan.FromSeconds(10), cancel);
        whilePlanning.Should().BeNull("a reader is answered at once, from the register as it was before the write");

        release.SetResult();
        await write.WaitAsync(TimeSpan.FromSeconds(30), cancel);
        host.Read(register => register.Find(Beijing)).Should().NotBeNull();
        host.Read(register => register.ToFacts()).Should().Be(_database.OpenStore().Load());
    }

    [Fact]
    public void A_write_on_a_copy_the_domain_refuses_changes_nothing()
    {
        using var host = RegisterHost.Open(_database.OpenStore(), SeedRegister.Build);
        var before = _database.OpenStore().Load();

        FluentActions.Invoking(() => host.WriteOnCopy(edit =>
        {
            SignBeijing(edit);
            return SignBeijing(edit);
        })).Should().Throw<DomainRuleException>();

        host.Read(register => register.Find(Beijing)).Should().BeNull();
        _database.OpenStore().Load().Should().Be(before);
    }

    [Fact]
    public void A_write_on_a_copy_whose_commit_fails_leaves_the_register_as_the_store_holds_it()
    {
        var store = new CountingStore(_database.OpenStore());
        using var host = RegisterHost.Open(store, SeedRegister.Build);
        store.FailNextCommit = true;

        FluentActions.Invoking(() => host.WriteOnCopy(SignBeijing)).Should().Throw<IOException>();

        host.Read(register => register.Find(Beijing)).Should().BeNull();
        host.Read(register => register.ToFacts()).Should().Be(_database.OpenStore().Load());
    }

    [Fact]
    public void A_write_after_a_write_on_a_copy_builds_on_it()
    {
        using var host = RegisterHost.Open(_database.OpenStore(), SeedRegister.Build);

        host.WriteOnCopy(SignBeijing);
        host.Write(edit =>
        {
            var tie = edit.Register.Find(Beijing)!;
            tie.Suspend(new LocalDate(2025, 10, 1), SuspensionReason.Other);
            return 0;
        });

        using var reopened = RegisterHost.Open(_database.OpenStore());
        reopened.Read(register => register.Find(Beijing)!.StatusOn(new LocalDate(2025, 10, 2))).Should().Be(AgreementStatus.Suspended);
    }

}
