using System.Collections.Concurrent;
using System.Net;
using NodaTime;

namespace Diplomacy.Core.Web.Editors;

/// <summary>
/// Locks sign-in out after repeated failures: <see cref="MaxFailures"/> wrong attempts within <see cref="Window"/> for
/// one user name, or from one client, refuse every further attempt for that name or client (the right password too)
/// for <see cref="Duration"/>. A success clears the name's and the client's count.
/// </summary>
/// <remarks>
/// A lockout by name lets anyone keep the editor out for a while by failing on purpose; that is the price of stopping a
/// guesser who spreads attempts over many clients, and the rate limiter per client bounds how fast anyone can do it.
/// The counts live in memory: a restart clears them.
/// </remarks>
public sealed class SignInLockout(IClock clock)
{
    /// <summary>How many failures lock a name or a client out.</summary>
    public const int MaxFailures = 5;

    /// <summary>How long failures count.</summary>
    public static readonly Duration Window = Duration.FromMinutes(15);

    /// <summary>How long a lockout lasts.</summary>
    public static readonly Duration Duration = Duration.FromMinutes(15);

    /// <summary>Beyond this many tracked names and clients, the expired ones are forgotten, so the counts stay small.</summary>
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    /// <summary>Whether the name or the client is locked out now.</summary>
    public bool IsLockedOut(string? name, IPAddress? client)
    {
        var now = clock.GetCurrentInstant();
        return Keys(name, client).Any(key => _failures.TryGetValue(key, out var failures) && failures.LockedUntil > now);
    }

    /// <summary>Counts a failed attempt against the name and the client.</summary>
    public void Failed(string? name, IPAddress? client)
    {
        var now = clock.GetCurrentInstant();
        if (_failures.Count > PruneAbove)
        {
            Prune(now);
        }

        foreach (var key in Keys(name, client))
        {
            _failures.AddOrUpdate(key, _ => Failures.First(now), (_, failures) => failures.Then(now));
        }
    }

    /// <summary>Clears the counts of the name and the client after a successful sign-in.</summary>
    public void Succeeded(string? name, IPAddress? client)
    {
        foreach (var key in Keys(name, client))
        {
            _failures.TryRemove(key, out _);
        }
    }

    private void Prune(Instant now)
    {
        foreach (var (key, failures) in _failures)
        {
            if (failures.LockedUntil <= now && failures.Since + Window <= now)
            {
                _failures.TryRemove(key, out _);
            }
        }
    }

    private static string[] Keys(string? name, IPAddress? client) =>
        ["name:" + (name ?? string.Empty).Trim().ToUpperInvariant(), "client:" + (client?.ToString() ?? "unknown")];

    /// <summary>The failures counted since <see cref="Since"/>, and the end of the lockout they caused.</summary>
    private sealed record Failures(Instant Since, int Count, Instant LockedUntil)
    {
        public static Failures First(Instant now) => new(now, 1, Instant.MinValue);

        public Failures Then(Instant now)
        {
            var counted = Since + Window > now ? this : new Failures(now, 0, LockedUntil);
            var count = counted.Count + 1;
            return counted with { Count = count, LockedUntil = count >= MaxFailures ? now + Duration : counted.LockedUntil };
        }
    }
}
