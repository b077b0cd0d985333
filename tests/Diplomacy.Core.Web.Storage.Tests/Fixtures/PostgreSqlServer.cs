using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Diplomacy.Core.Web.Storage.Tests.Fixtures;

/// <summary>
/// A throwaway PostgreSQL server for the tests: initdb into a temporary folder, started on a free port of 127.0.0.1,
/// stopped and deleted when disposed. Each test takes a database of its own with <see cref="CreateDatabase"/>.
/// </summary>
/// <remarks>
/// Without PostgreSQL's binaries the tests that need it are skipped, except under CI (<c>CI=true</c>), where they fail
/// with the reason: CI installs the <c>postgresql</c> package, so a missing server there is a broken build.
/// </remarks>
public sealed class PostgreSqlServer : IDisposable
{
    private const string BinariesRoot = "/usr/lib/postgresql";
    private readonly string? _folder;
    private readonly string? _binaries;
    private readonly int _port;
    private int _databases;

    public PostgreSqlServer()
    {
        _binaries = FindBinaries();
        if (_binaries is null)
        {
            Unavailable = $"No PostgreSQL server binaries (initdb, pg_ctl) under {BinariesRoot}/*/bin; install the postgresql package.";
            return;
        }

        _folder = Path.Combine(Path.GetTempPath(), "diplomacy-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _port = FreePort();
        try
        {
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

    /// <summary>Why there is no server, or null when it runs.</summary>
    public string? Unavailable { get; }

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
        if (_folder is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        if (Unavailable is null)
        {
            AsPostgres($"{_binaries}/pg_ctl -D {_folder}/data -m immediate -w stop");
        }

        Directory.Delete(_folder, recursive: true);
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
