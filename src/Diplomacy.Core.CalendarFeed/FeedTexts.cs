using System.Globalization;
using System.Resources;

namespace Diplomacy.Core.CalendarFeed;

/// <summary>The feed's words in one language, from the package's resources (English neutral, Korean as a satellite).</summary>
internal sealed class FeedTexts(CultureInfo culture)
{
    private static readonly ResourceManager Resources = new("Diplomacy.Core.CalendarFeed.FeedTexts", typeof(FeedTexts).Assembly);

    public string Format(string key, params object[] arguments) =>
        string.Format(culture, Resources.GetString(key, culture)!, arguments);
}
