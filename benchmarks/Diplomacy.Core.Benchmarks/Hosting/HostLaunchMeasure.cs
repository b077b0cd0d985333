using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Diplomacy.Core.Benchmarks.Hosting;

/// <summary>
/// The web host launched as a user launches it, on a copy of the SQL anchor's database: how long after launch it
/// serves its first page (<c>/</c> answers 200), and how long until its whole register is served (<c>/health</c> says
/// Healthy), with the process's CPU time at each; then whether the first page is the page the whole register serves.
/// Run with <c>DIPLOMACY_SQL_ANCHOR_FILE=/tmp/anchor-100k.db dotnet run -c Release --project
/// benchmarks/Diplomacy.Core.Benchmarks -- --measure-host-launch PATH/Diplomacy.Core.Web.dll 3</c>, the host built or
/// published beforehand (see benchmarks/README.md).
/// </summary>
public static partial class HostLaunchMeasure
{
    public const string Command = "--measure-host-launch";

    public static int Run(string hostDll, int launches)
    {
        if (SqlAnchorDatabase.KeptFile is not { } database || !File.Exists(database) || !File.Exists(hostDll))
        {
            Console.Error.WriteLine("Set DIPLOMACY_SQL_ANCHOR_FILE to a stored anchor (--measure-start builds it) and name the host's built Diplomacy.Core.Web.dll.");
            return 1;
        }

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        for (var launch = 1; launch <= launches; launch++)
        {
            var folder = Directory.CreateTempSubdirectory("diplomacy-launch-").FullName;
            try
            {
                File.Copy(database, Path.Combine(folder, "register.db"));
                Measure(client, hostDll, folder, launch);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return 0;
    }

    private static void Measure(HttpClient client, string hostDll, string folder, int launch)
    {
        var address = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { hostDll, "--urls", address, $"--Storage:DataFolder={folder}" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        var clock = Stopwatch.StartNew();
        using var host = Process.Start(start)!;
        host.OutputDataReceived += (_, _) => { };
        host.ErrorDataReceived += (_, _) => { };
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        try
        {
            var firstPage = Poll(client, host, address + "/", body => true);
            var firstAt = clock.Elapsed;
            var firstCpu = host.TotalProcessorTime;
            Poll(client, host, address + "/health", body => body.Contains("Healthy", StringComparison.Ordinal));
            var wholeAt = clock.Elapsed;
            host.Refresh();
            var wholeCpu = host.TotalProcessorTime;
            var samePage = Comparable(firstPage) == Comparable(Poll(client, host, address + "/", body => true));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"launch {launch}: first page after {firstAt.TotalSeconds:F2} s ({firstCpu.TotalSeconds:F2} s of CPU); whole register served after {wholeAt.TotalSeconds:F2} s ({wholeCpu.TotalSeconds:F2} s of CPU); the first page is the whole register's: {(samePage ? "yes" : "NO")}"));
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            host.WaitForExit();
        }
    }

    /// <summary>The body of the first answer 200 whose body passes <paramref name="done"/>, asked every 50 ms while the host runs.</summary>
    private static string Poll(HttpClient client, Process host, string url, Func<string, bool> done)
    {
        while (true)
        {
            if (host.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {host.ExitCode} before {url} answered.");
            }

            try
            {
                using var answer = client.GetAsync(url).GetAwaiter().GetResult();
                var body = answer.Content.ReadAsStringAsync().GetAwaiter().GetResult();
                if (answer.StatusCode == HttpStatusCode.OK && done(body))
                {
                    return body;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Thread.Sleep(50);
        }
    }

    // A page differs from request to request only in its script nonce and its forms' antiforgery tokens.
    private static string Comparable(string page) => PerRequest().Replace(page, "…");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("""(nonce="[^"]*"|name="__RequestVerificationToken" type="hidden" value="[^"]*")""")]
    private static partial Regex PerRequest();
}
