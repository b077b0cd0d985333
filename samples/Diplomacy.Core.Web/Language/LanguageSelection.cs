namespace Diplomacy.Core.Web.Language;

/// <summary>
/// Which language a request is answered in: <c>?lang=ko|en</c>, which is then kept in a cookie; else the cookie; else
/// the browser's first choice when it is Korean; else English.
/// </summary>
internal static class LanguageSelection
{
    public const string CookieName = "lang";
    public const string QueryName = "lang";
    private static readonly object ItemKey = new();

    public static IApplicationBuilder UseLanguageSelection(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var asked = Language.Texts.Find(context.Request.Query[QueryName]);
        if (asked is not null)
        {
            context.Response.Cookies.Append(CookieName, asked.Code, new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                SameSite = SameSiteMode.Lax,
                HttpOnly = true,
                IsEssential = true,
            });
        }

        context.Items[ItemKey] = asked ?? Language.Texts.Find(context.Request.Cookies[CookieName]) ?? FromBrowser(context.Request);
        await next(context);
    });

    /// <summary>The texts of the request's language.</summary>
    public static Texts Texts(this HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var texts) && texts is Texts chosen ? chosen : Language.Texts.English;

    private static Texts FromBrowser(HttpRequest request)
    {
        var first = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(language => language.Quality ?? 1)
            .FirstOrDefault();
        var tag = first?.Value.Value ?? string.Empty;
        return tag.Equals("ko", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("ko-", StringComparison.OrdinalIgnoreCase)
            ? Language.Texts.Korean
            : Language.Texts.English;
    }
}
