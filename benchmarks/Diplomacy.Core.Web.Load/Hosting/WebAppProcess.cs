using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Diplomacy.Core.Web.Load.Hosting;

/// <summary>
/// The built web app in a child process on <c>http://127.0.0.1:0</c>: its SQLite file in a given data folder, the
/// editor and API token from environment variables, its address read from the line Kestrel logs once it listens.
/// </summary>
internal sealed partial class WebAppProcess : IAsyncDisposable
{
    private const int LinesKept = 40;
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WebAppProcess(Process process)
    {
        _process = process;
    }

    public Uri Address { get; private set; } = null!;

    public int Id => _process.Id;

    /// <summary>How long the app took from its start to its first answer (the register rebuilt from the database).</summary>
    public TimeSpan StartedIn { get; private set; }

    /// <summary>Starts the app and waits until it answers a first request.</summary>
    /// <exception cref="InvalidOperationException">The app exited, or did not answer in time; the message holds its last output.</exception>
    public static async Task<WebAppProcess> StartAsync(AppLayout layout, string dataFolder, Credentials credentials)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = layout.ContentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(layout.Assembly);
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataFolder"] = dataFolder;
        start.Environment["Editor__Name"] = credentials.EditorName;
        start.Environment["Editor__Password"] = credentials.EditorPassword;
        start.Environment["Api__Token"] = credentials.ApiToken;
        // One log line a request would make the console the bottleneck; the line that gives the port stays.
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        var started = Stopwatch.GetTimestamp();
        var app = new WebAppProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        app._process.OutputDataReceived += (_, line) => app.Heard(line.Data);
        app._process.ErrorDataReceived += (_, line) => app.Heard(line.Data);
        app._process.Exited += (_, _) => app._listening.TrySetException(app.Failure($"exited with code {app._process.ExitCode} before it listened"));
        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        try
        {
            app.Address = await app._listening.Task.WaitAsync(ReadyWithin).ConfigureAwait(false);
            await app.WaitUntilItAnswersAsync().ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw app.Failure($"did not answer within {ReadyWithin.TotalSeconds:N0} s");
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        app.StartedIn = Stopwatch.GetElapsedTime(started);
        return app;
    }

    /// <summary>Kills the app with SIGKILL, as a crash or the out-of-memory killer would: no shutdown, no flush.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private void Heard(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > LinesKept)
            {
                _lastLines.Dequeue();
            }
        }

        if (Listening().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["address"].Value));
        }
    }

    private async Task WaitUntilItAnswersAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = ReadyWithin };
        var deadline = Stopwatch.GetTimestamp() + (long)(ReadyWithin.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/api/coverage", UriKind.Relative)).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                throw Failure(string.Create(CultureInfo.InvariantCulture, $"answered its first request with {(int)response.StatusCode}"));
            }
            catch (HttpRequestException) when (!_process.HasExited && Stopwatch.GetTimestamp() < deadline)
            {
                await Task.Delay(100).ConfigureAwait(false);
            }
        }
    }

    private InvalidOperationException Failure(string what)
    {
        lock (_gate)
        {
            return new InvalidOperationException($"The web app {what}. Its last output:\n{string.Join('\n', _lastLines)}");
        }
    }

    [GeneratedRegex(@"Now listening on: (?<address>http://\S+)")]
    private static partial Regex Listening();
}
