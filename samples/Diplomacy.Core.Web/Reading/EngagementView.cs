using System.Globalization;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Web.Language;
using NodaTime;

namespace Diplomacy.Core.Web.Reading;

/// <summary>One engagement at a stop, in the stop's local time.</summary>
/// <param name="Kind">Stable for the API: <c>meeting</c>, <c>signing</c>, <c>site-visit</c>, <c>gift</c>, <c>event</c>.</param>
/// <param name="KindText">The kind in the reader's language.</param>
/// <param name="At">When, in the stop's zone.</param>
/// <param name="Text">What it was: who was met, what was signed, what was given.</param>
/// <param name="Tie">The tie a signing created, when the register holds it.</param>
public sealed record EngagementView(string Kind, string KindText, LocalTimeView At, string Text, TieRef? Tie)
{
    public static EngagementView Of(Engagement engagement, DateTimeZone zone, Texts texts)
    {
        var (kind, text, tie) = engagement switch
        {
            Meeting meeting => ("meeting", Describe(meeting, texts), (TieRef?)null),
            Signing signing => ("signing", signing.Title, signing.Agreement is { } agreement ? TieRef.Of(agreement) : null),
            SiteVisit visit => ("site-visit", visit.Host.Name, null),
            Gift gift => ("gift", $"{gift.Quantity.ToString(CultureInfo.InvariantCulture)} × {gift.Item} → {gift.Recipient}", null),
            EventParticipation participation => ("event", participation.EventName, null),
            _ => (engagement.GetType().Name, engagement.ToString() ?? string.Empty, null),
        };
        return new EngagementView(kind, texts.Engagement(kind), LocalTimeView.Of(engagement.At.InZoneLeniently(zone)), text, tie);
    }

    private static string Describe(Meeting meeting, Texts texts)
    {
        var who = texts.List(meeting.Counterparts.Select(counterpart => $"{counterpart.Name} ({counterpart.Title})"));
        return meeting.Subject is null ? who : $"{who}: {meeting.Subject}";
    }
}
