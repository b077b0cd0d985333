using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Diplomacy.Core.Web.Pages.Editor;

/// <summary>
/// Signs the editor out (a form post with its antiforgery token, so no other site can sign one out) and ends the session
/// on the server, so that the cookie, or a copy of it, no longer signs anyone in.
/// </summary>
public sealed class SignOutModel(Editors.EditorSessions sessions) : RegisterPageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        sessions.End(User);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/");
    }
}
