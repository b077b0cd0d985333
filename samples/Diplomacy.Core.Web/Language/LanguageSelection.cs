namespace Diplomacy.Core.Web.Language;

/// <summary>
/// Which language a request is answered in: <c>?lang=</c> (any offered tag, or one that reads it: <c>zh</c>,
/// <c>zh-CN</c>), which is then kept in a cookie; else the cookie; else the browser's Accept-Language, by quality;
/// else English. The lookup is <see cref="OfferedLanguages.Find"/>'s.
/// </summary>
internal static class LanguageSelection
{
    public const string CookieName = "lang";
    public const string QueryName = "lang";
    private static readonly object ItemKey = new();

    public static IApplicationBuilder UseLanguageSelection(this IApplicationBuilder app)
    {
        var offered = app.ApplicationServices.GetRequiredService<OfferedLanguages>();
        return app.Use(async (context, next) =>
        {
            var asked = offered.Find(context.Request.Query[QueryName]);
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

            context.Items[ItemKey] = asked
                ?? offered.Find(context.Request.Cookies[CookieName])
                ?? offered.FromBrowser(context.Request.GetTypedHeaders().AcceptLanguage)
                ?? Language.Texts.English;
            await next(context);
        });
    }

    /// <summary>The texts of the request's language.</summary>
    public static Texts Texts(this HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var texts) && texts is Texts chosen ? chosen : Language.Texts.English;
}
