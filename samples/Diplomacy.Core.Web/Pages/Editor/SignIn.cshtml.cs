using System.Security.Claims;
using Diplomacy.Core.Web.Editors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Diplomacy.Core.Web.Pages.Editor;

/// <summary>Signs the configured editor in with a cookie; says so when no editor is configured, since then nobody can.</summary>
public sealed class SignInModel(EditorSignIn editors) : RegisterPageModel
{
    public bool IsConfigured => editors.IsConfigured;

    public bool Refused { get; private set; }

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
        if (!editors.Verify(Name, Password))
        {
            Refused = true;
            Password = null;
            return Page();
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, Name!.Trim()), new Claim(EditorSignIn.EditorClaim, "true")],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
