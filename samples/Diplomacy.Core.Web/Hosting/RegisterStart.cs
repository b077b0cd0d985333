using Diplomacy.Core.Web.Storage;

namespace Diplomacy.Core.Web.Hosting;

/// <summary>
/// The register's start: the home's part of the store is read before the app listens and the rest while it serves
/// (<see cref="RegisterHost.Start"/>). A rest that cannot be read (a stored history that breaks a rule) is logged and
/// stops the app with exit code 1, as the same failure before it listened would.
/// </summary>
internal static partial class RegisterStart
{
    public static void StopWhenTheRegisterCannotBeRead(this WebApplication app)
    {
        var host = app.Services.GetRequiredService<RegisterHost>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RegisterStart));
        host.Loaded.ContinueWith(
            failed =>
            {
                LogUnreadable(logger, failed.Exception!.InnerException!);
                Environment.ExitCode = 1;
                app.Lifetime.StopApplication();
            },
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The register could not be read from its store; the app stops.")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);
}
