using Microsoft.AspNetCore.Mvc;

namespace Diplomacy.Core.Web.Pages;

/// <summary>
/// The page a reader sees for an error answer to a page request (404, 429, 500, …): the re-executed request of the
/// status code pages and of the exception handler, which keeps the original status.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : RegisterPageModel
{
    /// <summary>The status answered, from the route (not bound from the form, which may be the very thing that failed).</summary>
    public int Status { get; private set; }

    public void OnGet() => Answer();

    /// <summary>A post that failed (a refused form, a sign-in over the rate) is re-executed as a post.</summary>
    public void OnPost() => Answer();

    private void Answer()
    {
        Status = int.TryParse(RouteData.Values["status"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var status)
            && status is >= 400 and <= 599
                ? status
                : StatusCodes.Status404NotFound;
        Response.StatusCode = Status;
    }
}
