using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Diplomacy.Core.Web.Pages.Editor;

/// <summary>Signs the editor out (a form post with its antiforgery token, so no other site can sign one out).</summary>
public sealed class SignOutModel : RegisterPageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/");
    }
}
