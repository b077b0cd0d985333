using Diplomacy.Core.Web.Load.Hosting;
using Diplomacy.Core.Web.Load.Runs;

// Exit codes: 0 passed; 1 failed (a request failed, a write was lost, the database is damaged, the app did not
// start or restart); 2 arguments not understood.
var options = RunOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(RunOptions.Usage);
    return 2;
}

bool passed;
try
{
    var layout = AppLayout.Find(options.App);
    passed = options.Command switch
    {
        "load" => await LoadRun.RunAsync(options, layout).ConfigureAwait(false),
        "attack" => await AttackRun.RunAsync(options, layout).ConfigureAwait(false),
        _ => await CrashRun.RunAsync(options, layout).ConfigureAwait(false),
    };
}
catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException)
{
    // A restart that fails is the finding a crash run looks for (a store the core cannot rebuild from): say it, fail.
    Console.WriteLine($"{options.Command}: {e.GetType().Name}: {e.Message}");
    passed = false;
}

Console.WriteLine(passed ? $"{options.Command}: passed" : $"{options.Command}: FAILED");
return passed ? 0 : 1;
