using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using NodaTime;

namespace Diplomacy.Core.Web.Editors;

/// <summary>
/// The editors' sessions the server knows of: each sign-in starts one, named in the cookie; a cookie whose session is
/// not (or no longer) known is refused, so sign-out revokes the cookie and a copy of it stops working with it.
/// </summary>
/// <remarks>Sessions live in memory: a restart signs every editor out, which errs on the safe side.</remarks>
public sealed class EditorSessions(IClock clock)
{
    /// <summary>The claim that names the session in the cookie.</summary>
    public const string SessionClaim = "diplomacy-session";

    /// <summary>How long a session lasts without a request, as the cookie's sliding expiry.</summary>
    public static readonly Duration Idle = Duration.FromHours(8);

    private readonly ConcurrentDictionary<string, Instant> _lastSeen = new(StringComparer.Ordinal);

    /// <summary>Starts a session and returns the claim that names it.</summary>
    public Claim Start()
    {
        var now = clock.GetCurrentInstant();
        foreach (var (stale, seen) in _lastSeen)
        {
            if (seen + Idle <= now)
            {
                _lastSeen.TryRemove(stale, out _);
            }
        }

        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        _lastSeen[id] = now;
        return new Claim(SessionClaim, id);
    }

    /// <summary>Ends the principal's session: its cookie, and every copy of it, is refused from now on.</summary>
    public void End(ClaimsPrincipal principal)
    {
        if (principal.FindFirst(SessionClaim)?.Value is { } id)
        {
            _lastSeen.TryRemove(id, out _);
        }
    }

    /// <summary>Refuses a cookie whose session the server does not know, or which has been idle too long.</summary>
    public async Task Validate(CookieValidatePrincipalContext context)
    {
        var now = clock.GetCurrentInstant();
        var id = context.Principal?.FindFirst(SessionClaim)?.Value;
        if (id is not null && _lastSeen.TryGetValue(id, out var seen) && seen + Idle > now)
        {
            _lastSeen[id] = now;
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
