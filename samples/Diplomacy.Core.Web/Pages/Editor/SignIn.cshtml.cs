using System.Security.Claims;
using Diplomacy.Core.Web.Editors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Diplomacy.Core.Web.Pages.Editor;

/// <summary>Signs the configured editor in with a cookie; says so when no editor is configured, since then nobody can.</summary>
public sealed class SignInModel(EditorSignIn editors, SignInLockout lockout, EditorSessions sessions) : RegisterPageModel
{
    public bool IsConfigured => editors.IsConfigured;

    public bool Refused { get; private set; }

    /// <summary>Whether the attempt was refused because too many failed before it (<see cref="SignInLockout"/>).</summary>
    public bool LockedOut { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var client = HttpContext.Connection.RemoteIpAddress;
        Password = Password is { Length: > 1024 } ? null : Password;
        if (lockout.IsLockedOut(Name, client))
        {
            (LockedOut, Password) = (true, null);
            return Page();
        }

        if (!editors.Verify(Name, Password))
        {
            lockout.Failed(Name, client);
            (Refused, Password) = (true, null);
            return Page();
        }

        lockout.Succeeded(Name, client);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, Name!.Trim()), new Claim(EditorSignIn.EditorClaim, "true"), sessions.Start()],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
