using System.Net;
using Microsoft.AspNetCore.Html;

namespace Diplomacy.Core.Web.Language;

/// <summary>
/// A sentence with a date in it, as HTML whose date never breaks across lines: a narrow screen breaks the sentence
/// between words, never inside <c>2025-09-26</c> at one of its hyphens.
/// </summary>
public static class DateMarkup
{
    /// <summary>The text, encoded, with each place the date is written wrapped in <c>&lt;span class="date"&gt;</c> (which site.css keeps on one line).</summary>
    /// <param name="text">The sentence, in the reader's language.</param>
    /// <param name="date">The date as the sentence writes it.</param>
    /// <returns>The markup.</returns>
    public static IHtmlContent Keep(string text, string date)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(date);
        var encodedDate = WebUtility.HtmlEncode(date);
        return new HtmlString(WebUtility.HtmlEncode(text).Replace(encodedDate, $"<span class=\"date\">{encodedDate}</span>", StringComparison.Ordinal));
    }
}
