using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Diplomacy.Core.Web.Load.Editing;
using Diplomacy.Core.Web.Load.Hosting;
using Diplomacy.Core.Web.Load.Measuring;
using Diplomacy.Core.Web.Load.Reading;

namespace Diplomacy.Core.Web.Load.Runs;

/// <summary>
/// The register as an attacker and an importing editor meet it: the limits (each probe must get the answer it is
/// owed), readers' latencies while a large import lands (planned on a copy, so readers should not wait for it), and the
/// sign-in lockout. Passes when every probe is answered as owed, no read fails and the import lands.
/// </summary>
internal static class AttackRun
{
    /// <summary>What readers should not wait longer than while an import lands (issue 23); reported, not enforced, on a shared machine.</summary>
    private const double ReaderGoalMs = 100;

    public static async Task<bool> RunAsync(RunOptions options, AppLayout layout)
    {
        var dataFolder = Directory.CreateTempSubdirectory("diplomacy-web-attack-");
        try
        {
            var credentials = Credentials.Fresh();
            await using var app = await WebAppProcess.StartAsync(layout, dataFolder.FullName, credentials).ConfigureAwait(false);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"attack: limits, an import of {options.Rows:N0} rows under {options.Readers} readers, the lockout; against {app.Address} (process {app.Id})"));
            Console.WriteLine($"machine: {Machine.Description()}");
            Console.WriteLine($"loadavg before: {Machine.LoadAverage()}");

            var probes = await ProbeLimitsAsync(app, credentials).ConfigureAwait(false);
            var (imported, reads) = await ImportUnderReadersAsync(app, credentials, options).ConfigureAwait(false);
            var lockout = await ProbeLockoutAsync(app, credentials).ConfigureAwait(false);
            Console.WriteLine($"loadavg after: {Machine.LoadAverage()}");
            return probes && imported && lockout && reads;
        }
        finally
        {
            dataFolder.Delete(recursive: true);
        }
    }

    private static async Task<bool> ProbeLimitsAsync(WebAppProcess app, Credentials credentials)
    {
        using var anonymous = ApiClients.Readers(app);
        using var editor = ApiClients.Editor(app, credentials);
        var tie = "{\"parties\":[\"KR-41\",\"CN-BJ\"],\"kind\":\"CooperationMemorandum\",\"signedOn\":\"2025-10-01\"";
        (string What, HttpClient Client, string Path, HttpContent Body, int Owed)[] probes =
        [
            ("malformed JSON, no token", anonymous, "/api/ties", Json("{not json"), 401),
            ("25 MB body, no token", anonymous, "/api/ties", Spaces(25 * 1024 * 1024), 401),
            ("1 MiB body, with the token", editor, "/api/ties", Spaces(1024 * 1024), 413),
            ("id <svg onload=alert(1)>", editor, "/api/ties", Json(tie + ""","id":"<svg onload=alert(1)>"}"""), 400),
            ("id ../../etc/passwd", editor, "/api/ties", Json(tie + ""","id":"../../etc/passwd"}"""), 400),
            ("id of 100,000 characters", editor, "/api/ties", Json(tie + $",\"id\":\"{new string('a', 100_000)}\"}}"), 413),
            ("title with NUL", editor, "/api/ties", Json(tie + ""","title":"a\u0000b"}"""), 400),
            ("title with U+202E", editor, "/api/ties", Json(tie + ""","title":"a\u202Eb"}"""), 400),
            ("title with CR/LF", editor, "/api/ties", Json(tie + ""","title":"a\r\nb"}"""), 400),
            ("termYears 2147483647", editor, "/api/ties/GG-SH-MOU-2025/events", Json("""{"event":"Renew","on":"2025-10-01","termYears":2147483647}"""), 400),
            ("retract number -1", editor, "/api/ties/GG-SH-MOU-2025/events", Json("""{"event":"Retract","number":-1,"reason":"x"}"""), 400),
        ];

        Console.WriteLine();
        Console.WriteLine("| probe | owed | answered | field |\n| --- | ---: | ---: | --- |");
        var passed = true;
        foreach (var probe in probes)
        {
            string answered;
            string? field = null;
            bool right;
            try
            {
                using var response = await probe.Client.PostAsync(new Uri(probe.Path, UriKind.Relative), probe.Body).ConfigureAwait(false);
                var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                field = (int)response.StatusCode == 400 && System.Text.Json.JsonDocument.Parse(body).RootElement.TryGetProperty("field", out var named) ? named.GetString() : null;
                right = (int)response.StatusCode == probe.Owed && (probe.Owed != 400 || !string.IsNullOrEmpty(field));
                answered = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            }
            catch (HttpRequestException) when (probe.Owed is 401 or 413)
            {
                // Kestrel answers a refusal without reading the body and closes the connection while the client still sends.
                (answered, right) = ("closed unread", true);
            }

            passed &= right;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {probe.What} | {probe.Owed} | {answered}{(right ? string.Empty : " WRONG")} | {field} |"));
        }

        return passed;
    }

    private static async Task<(bool Imported, bool Reads)> ImportUnderReadersAsync(WebAppProcess app, Credentials credentials, RunOptions options)
    {
        using var session = new PageSession(app.Address);
        await SignInAsync(session, credentials).ConfigureAwait(false);
        var (_, form) = await session.GetAsync("/write/import").ConfigureAwait(false);
        var sheet = Sheet(options.Rows);
        var previewStarted = Stopwatch.GetTimestamp();
        var (_, preview) = await session.UploadAsync("/write/import?handler=Preview", form, sheet).ConfigureAwait(false);
        var previewSeconds = Stopwatch.GetElapsedTime(previewStarted).TotalSeconds;
        var token = PageSession.Hidden(preview, "PreviewToken") ?? throw new InvalidOperationException("The preview offers no confirmation.");

        var recorder = new Recorder();
        using var readers = ApiClients.Readers(app);
        using var stop = new CancellationTokenSource();
        var idle = new Editor(recorder);
        var reading = Enumerable.Range(0, options.Readers).Select(number => Reader.ReadAsync(readers, number, idle, recorder, stop.Token)).ToList();
        await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        var confirmStarted = Stopwatch.GetTimestamp();
        var (_, confirmed) = await session.PostFormAsync("/write/import?handler=Confirm", preview, ("PreviewToken", token)).ConfigureAwait(false);
        var confirmSeconds = Stopwatch.GetElapsedTime(confirmStarted).TotalSeconds;
        await stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(reading).ConfigureAwait(false);

        var imported = confirmed.Contains("data-imported=\"true\"", StringComparison.Ordinal);
        var reads = recorder.Summary("reads while the import landed", _ => true);
        Console.WriteLine();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"import: {options.Rows:N0} rows ({Encoding.UTF8.GetByteCount(sheet) / 1024.0:N0} KiB); preview {previewSeconds:N1} s, confirmation {confirmSeconds:N1} s; landed: {imported}"));
        Console.WriteLine(LatencySummary.Header);
        Console.WriteLine(reads.Row(confirmSeconds + 1));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"readers' p99 while the import landed: {reads.P99:N1} ms (goal about {ReaderGoalMs} ms: {(reads.P99 <= ReaderGoalMs ? "met" : "NOT met on this machine")}); max {reads.Max:N1} ms"));
        Outcome.Print("failed reads", recorder.FailureCount, recorder.Failures);
        return (imported, recorder.FailureCount == 0 && reads.Count > 0);
    }

    private static async Task<bool> ProbeLockoutAsync(WebAppProcess app, Credentials credentials)
    {
        using var guesser = new PageSession(app.Address);
        var refused = 0;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var (_, page) = await guesser.GetAsync("/editor/sign-in").ConfigureAwait(false);
            var (_, answer) = await guesser.PostFormAsync("/editor/sign-in", page, ("Name", credentials.EditorName), ("Password", $"guess-{attempt}")).ConfigureAwait(false);
            refused += answer.Contains("id=\"sign-in-refused\"", StringComparison.Ordinal) ? 1 : 0;
        }

        var (_, form) = await guesser.GetAsync("/editor/sign-in").ConfigureAwait(false);
        var (status, right) = await guesser.PostFormAsync("/editor/sign-in", form, ("Name", credentials.EditorName), ("Password", credentials.EditorPassword)).ConfigureAwait(false);
        var locked = status == HttpStatusCode.OK && right.Contains("id=\"sign-in-locked-out\"", StringComparison.Ordinal);

        var statuses = new List<int>();
        for (var post = 0; post < 12; post++)
        {
            var (_, page) = await guesser.GetAsync("/editor/sign-in").ConfigureAwait(false);
            var (answered, _) = await guesser.PostFormAsync("/editor/sign-in", page, ("Name", $"someone-{post}"), ("Password", "guess")).ConfigureAwait(false);
            statuses.Add((int)answered);
        }

        var limited = statuses.Contains(429);
        Console.WriteLine();
        Console.WriteLine($"lockout: {refused} of 5 wrong passwords refused; the right password then {(locked ? "refused: locked out" : "ACCEPTED")}");
        Console.WriteLine($"rate limit: 12 more sign-in posts answered {string.Join(' ', statuses)} ({(limited ? "429 once over the limit" : "NO 429")})");
        return refused == 5 && locked && limited;
    }

    private static async Task SignInAsync(PageSession session, Credentials credentials)
    {
        var (_, page) = await session.GetAsync("/editor/sign-in").ConfigureAwait(false);
        var (status, _) = await session.PostFormAsync("/editor/sign-in", page, ("Name", credentials.EditorName), ("Password", credentials.EditorPassword)).ConfigureAwait(false);
        if (status != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The editor could not sign in: {(int)status}."));
        }
    }

    /// <summary>A register sheet of Gyeonggi's sister ties with as many places in China, each created by the import.</summary>
    private static string Sheet(int rows)
    {
        var sheet = new StringBuilder("home,home country,partner,partner country,kind,date\n");
        for (var row = 0; row < rows; row++)
        {
            sheet.Append(CultureInfo.InvariantCulture, $"KR-41,KR,Load Place {row},CN,sister,2020-01-01\n");
        }

        return sheet.ToString();
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static ByteArrayContent Spaces(int bytes)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(new string(' ', bytes)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
