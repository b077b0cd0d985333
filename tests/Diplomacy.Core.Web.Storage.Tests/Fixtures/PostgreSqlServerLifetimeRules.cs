using System.Diagnostics;
using System.Globalization;

namespace Diplomacy.Core.Web.Storage.Tests.Fixtures;

/// <summary>
/// A throwaway PostgreSQL server never outlives the test process that owns it: killed mid-run, the owner leaves no
/// server behind, and a server whose owner still lives is never stopped by another run. A <c>sleep</c> process stands
/// in for the owning test process, so that a test can kill it.
/// </summary>
public sealed class PostgreSqlServerLifetimeRules
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public void A_server_whose_test_process_is_killed_mid_run_is_stopped_and_its_folder_deleted_within_seconds()
    {
        using var owner = StandIn();
        using var server = new PostgreSqlServer(owner.Id);
        server.Require();
        var postmaster = Postmaster(server);

        owner.Kill();

        Eventually(() => !Runs(postmaster) && !Directory.Exists(server.Folder)).Should().BeTrue(
            $"the server {postmaster} of the killed process must stop within {Bound}");
    }

    [Fact]
    public void A_server_left_by_a_killed_run_whose_watchdog_died_too_is_stopped_by_the_next_server_start()
    {
        using var owner = StandIn();
        using var orphan = new PostgreSqlServer(owner.Id);
        orphan.Require();
        var postmaster = Postmaster(orphan);
        var watchdog = Path.Combine(orphan.Folder!, "watchdog");
        Eventually(() => File.Exists(watchdog) && File.ReadAllText(watchdog).Trim().Length > 0).Should().BeTrue();
        using (var guard = Process.GetProcessById(int.Parse(File.ReadAllText(watchdog).Trim(), CultureInfo.InvariantCulture)))
        {
            guard.Kill();
            guard.WaitForExit();
        }

        owner.Kill();
        owner.WaitForExit();
        using var next = new PostgreSqlServer();

        Runs(postmaster).Should().BeFalse();
        Directory.Exists(orphan.Folder).Should().BeFalse();
    }

    [Fact]
    public void A_server_whose_test_process_lives_is_left_running_by_the_next_server_start()
    {
        using var owner = StandIn();
        using (var running = new PostgreSqlServer(owner.Id))
        {
            running.Require();
            var postmaster = Postmaster(running);

            using (new PostgreSqlServer())
            {
                Runs(postmaster).Should().BeTrue();
            }
        }

        // Only now, with its server stopped by the fixture, may the stand-in go: its watchdog would race the fixture.
        owner.Kill();
    }

    private static Process StandIn() =>
        Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })
        ?? throw new InvalidOperationException("Could not start the stand-in test process.");

    /// <summary>The server's own process, as its <c>postmaster.pid</c> gives it: the id and the mark of its start.</summary>
    private static string Postmaster(PostgreSqlServer server)
    {
        var id = int.Parse(File.ReadLines(Path.Combine(server.Folder!, "data", "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        return PostgreSqlServer.Mark(id) ?? throw new InvalidOperationException($"The server's process {id} is not running.");
    }

    private static bool Runs(string postmaster) =>
        PostgreSqlServer.Mark(int.Parse(postmaster.Split(' ')[0], CultureInfo.InvariantCulture)) == postmaster;

    private static bool Eventually(Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > Bound)
            {
                return false;
            }

            Thread.Sleep(200);
        }

        return true;
    }
}
