using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Diplomacy.Core.Web.Storage.Tests.Fixtures;

/// <summary>
/// A throwaway PostgreSQL server for the tests: initdb into a folder of its own under <see cref="ServersRoot"/>,
/// started on a free port of 127.0.0.1, stopped and deleted when disposed. Each test takes a database of its own with
/// <see cref="CreateDatabase"/>.
/// </summary>
/// <remarks>
/// <para>
/// Without PostgreSQL's binaries the tests that need it are skipped, except under CI (<c>CI=true</c>), where they fail
/// with the reason: CI installs the <c>postgresql</c> package, so a missing server there is a broken build.
/// </para>
/// <para>
/// A server never outlives the test process that owns it, even when that process is killed (a mutant's timeout, a
/// crash, a cancelled run) and never disposes it: its folder holds the owner's process id and start time, and a
/// watchdog in a session of its own stops the server and deletes the folder within a second or two of the owner's
/// death. Should the watchdog die with it, the next server's start stops every server under the root whose owner is
/// dead. Only folders under the root that hold an owner's mark are ever touched, so no other PostgreSQL is stopped.
/// </para>
/// </remarks>
public sealed class PostgreSqlServer : IDisposable
{
    private const string BinariesRoot = "/usr/lib/postgresql";
    private const string OwnerMark = "owner";
    private readonly string? _folder;
    private readonly string? _binaries;
    private readonly int _port;
    private int _databases;

    /// <summary>Starts a server owned by this test process.</summary>
    public PostgreSqlServer()
        : this(Environment.ProcessId)
    {
    }

    /// <summary>Starts a server owned by the process <paramref name="owner"/>: it is stopped when that process dies.</summary>
    internal PostgreSqlServer(int owner)
    {
        _binaries = FindBinaries();
        if (_binaries is null)
        {
            Unavailable = $"No PostgreSQL server binaries (initdb, pg_ctl) under {BinariesRoot}/*/bin; install the postgresql package.";
            return;
        }

        var mark = Mark(owner) ?? throw new ArgumentException($"No process {owner} lives to own the server.", nameof(owner));
        StopOrphans(_binaries);
        _folder = Path.Combine(ServersRoot, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        // Written aside and moved into place, so that another run's sweep never reads a mark half written.
        File.WriteAllText(Path.Combine(_folder, OwnerMark + ".new"), mark);
        File.Move(Path.Combine(_folder, OwnerMark + ".new"), Path.Combine(_folder, OwnerMark));
        _port = FreePort();
        try
        {
            Watch(mark, _folder, _binaries);
            AsPostgres($"chown postgres {_folder}", asRoot: true);
            AsPostgres($"{_binaries}/initdb -D {_folder}/data -A trust -U postgres --no-sync");
            AsPostgres(
                $"{_binaries}/pg_ctl -D {_folder}/data -l {_folder}/server.log -w -o \"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off\" start");
        }
        catch (InvalidOperationException failure)
        {
            Unavailable = "The PostgreSQL server did not start: " + failure.Message;
        }
    }

    /// <summary>The folder under which every server of these tests lives, one folder each, marked with its owner.</summary>
    public static string ServersRoot { get; } = Path.Combine(Path.GetTempPath(), "diplomacy-pg");

    /// <summary>Why there is no server, or null when it runs.</summary>
    public string? Unavailable { get; }

    /// <summary>The server's folder (its data, log and owner's mark), or null without PostgreSQL's binaries.</summary>
    public string? Folder => _folder;

    /// <summary>Skips the calling test when there is no server, or fails it under CI.</summary>
    public void Require()
    {
        if (Unavailable is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(Unavailable + " CI must run the PostgreSQL tests.");
        }

        Assert.Skip(Unavailable);
    }

    /// <summary>Creates an empty database and gives its connection string.</summary>
    public string CreateDatabase()
    {
        Require();
        var name = "register_" + Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture);
        using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            command.ExecuteNonQuery();
        }

        return ConnectionString(name);
    }

    public void Dispose()
    {
        if (_folder is null || !Directory.Exists(_folder))
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        // A server its watchdog already stopped (its owner gone) has no PID file left, and nothing to stop.
        if (Unavailable is null && File.Exists($"{_folder}/data/postmaster.pid"))
        {
            AsPostgres($"{_binaries}/pg_ctl -D {_folder}/data -m immediate -w stop");
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // The watchdog got there first: its owner had gone, so it stopped the server and removed the folder itself.
        }
    }

    /// <summary>The process id and start time of a live process, or null when no process has that id or it is dead but not yet reaped.</summary>
    public static string? Mark(int process)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{process}/stat");
        }
        catch (IOException)
        {
            return null;
        }

        // The state is the 3rd field and the start time the 22nd; the 2nd, the command name in parentheses, may hold spaces.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields[0] == "Z" ? null : $"{process.ToString(CultureInfo.InvariantCulture)} {fields[19]}";
    }

    /// <summary>
    /// Stops every server under <see cref="ServersRoot"/> whose owner is dead (its process id is gone or now names
    /// another process) and deletes its folder. A folder without an owner's mark is being made, and is left alone.
    /// </summary>
    private static void StopOrphans(string binaries)
    {
        if (!Directory.Exists(ServersRoot))
        {
            return;
        }

        foreach (var folder in Directory.GetDirectories(ServersRoot))
        {
            string owner;
            try
            {
                owner = File.ReadAllText(Path.Combine(folder, OwnerMark));
            }
            catch (IOException)
            {
                continue;
            }

            if (Mark(int.Parse(owner.Split(' ')[0], CultureInfo.InvariantCulture)) == owner)
            {
                continue;
            }

            try
            {
                if (File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
                {
                    AsPostgres($"{binaries}/pg_ctl -D {folder}/data -m immediate -w stop");
                }

                Directory.Delete(folder, recursive: true);
            }
            catch (Exception failure) when (failure is InvalidOperationException or IOException)
            {
                // Another test process sweeping at the same moment, or the orphan's own watchdog, got there first.
            }
        }
    }

    /// <summary>
    /// Starts the watchdog: a shell in a session of its own (so that killing the owner's process tree spares it) that
    /// waits while the owner lives and the folder stands, then stops the server and deletes the folder. It writes its
    /// process id to the folder's <c>watchdog</c> file.
    /// </summary>
    private static void Watch(string owner, string folder, string binaries)
    {
        const string Script = """
            exec </dev/null >/dev/null 2>&1
            echo $$ > "$3/watchdog"
            alive() { [ -d "$3" ] && s=$(sed 's/.*) //' /proc/$1/stat 2>/dev/null) && [ "${s%% *}" != Z ] && [ "$(echo "$s" | cut -d' ' -f20)" = "$2" ]; }
            while alive "$@"; do sleep 1; done
            [ -d "$3" ] || exit 0
            sh -c "$4"
            rm -rf "$3"
            """;
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var argument in new[] { "-f", "/bin/sh", "-c", Script, "watchdog", owner.Split(' ')[0], owner.Split(' ')[1], folder, AsPostgresLine($"{binaries}/pg_ctl -D {folder}/data -m immediate -w stop") })
        {
            start.ArgumentList.Add(argument);
        }

        using var watchdog = Process.Start(start) ?? throw new InvalidOperationException("Could not start the server's watchdog.");
        watchdog.WaitForExit();
    }

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_port};Database={database};Username=postgres;Pooling=true;Include Error Detail=true";

    private static string? FindBinaries()
    {
        if (!Directory.Exists(BinariesRoot))
        {
            return null;
        }

        return Directory.GetDirectories(BinariesRoot)
            .Select(version => Path.Combine(version, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
            .OrderByDescending(bin => bin, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The shell line that runs <paramref name="command"/> as <see cref="AsPostgres"/> does.</summary>
    private static string AsPostgresLine(string command) =>
        Environment.UserName == "root" ? $"su -s /bin/sh postgres -c '{command}'" : command;

    /// <summary>Runs a command as the postgres user when the tests run as root (initdb refuses root), or as ourselves otherwise.</summary>
    private static void AsPostgres(string command, bool asRoot = false)
    {
        var root = Environment.UserName == "root";
        if (asRoot && !root)
        {
            return;
        }

        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (root && !asRoot)
        {
            start.FileName = "su";
            start.ArgumentList.Add("-s");
            start.ArgumentList.Add("/bin/sh");
            start.ArgumentList.Add("postgres");
        }

        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not run: {command}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(60_000) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{command}' failed: {error} {output.Result}");
        }
    }
}
