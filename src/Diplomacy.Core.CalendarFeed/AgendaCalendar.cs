using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using NodaTime.Text;
using IcsCalendar = Ical.Net.Calendar;

namespace Diplomacy.Core.CalendarFeed;

/// <summary>
/// A home region's agenda (<see cref="Register.AgendaOf"/>) written as an iCalendar feed (RFC 5545) that any calendar
/// can subscribe to: Outlook, Google Calendar, Apple Calendar, Thunderbird.
/// </summary>
/// <remarks>
/// <para>
/// Every entry is an all-day event over the days it covers or may fall on: an anniversary of a tie signed "in October
/// 1993" is the whole of October 2023, never a guessed day, and its description says the date is known in part. An
/// entry that only may come (<see cref="AgendaEntry.IsCertain"/> false) is <c>STATUS:TENTATIVE</c>, the others
/// <c>CONFIRMED</c>. Every fifth anniversary is marked with a star and the category <c>milestone</c>. Reminders and
/// notices do not block time (<c>TRANSP:TRANSPARENT</c>); visits do.
/// </para>
/// <para>
/// UIDs are stable: made from the home, what the entry is and the tie, delegation or commitment it is about (an
/// anniversary by its number, a term end by its first possible last day), never from the time of writing, so that a
/// calendar refreshing a subscription updates its events instead of adding them again. A term renewed since has a new
/// last day and so a new event; the old one leaves the feed.
/// </para>
/// </remarks>
public static class AgendaCalendar
{
    /// <summary>Writes a home's agenda as an iCalendar document.</summary>
    /// <param name="home">The home region the agenda is of; its name heads the calendar.</param>
    /// <param name="agenda">The entries, as <see cref="Register.AgendaOf"/> gives them.</param>
    /// <param name="options">The time of writing, the language and the UIDs' domain.</param>
    /// <returns>The document, in UTF-8-ready text with CRLF line ends, one <c>VEVENT</c> an entry.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The language is not a language tag .NET knows, or the UID domain is blank.</exception>
    /// <example>
    /// <code>
    /// var today = clock.GetCurrentInstant().InZone(gyeonggi.TimeZone).Date;
    /// var agenda = register.AgendaOf(gyeonggi, new DateInterval(today.PlusYears(-1), today.PlusYears(2)));
    /// var ics = AgendaCalendar.Write(gyeonggi, agenda, new CalendarFeedOptions { WrittenAt = clock.GetCurrentInstant(), Language = "ko" });
    /// </code>
    /// </example>
    public static string Write(Region home, IEnumerable<AgendaEntry> agenda, CalendarFeedOptions options)
    {
        Guard.Against.Null(home);
        Guard.Against.Null(agenda);
        Guard.Against.Null(options);
        Guard.Against.NullOrWhiteSpace(options.UidDomain, nameof(options));
        var culture = Culture(options.Language);
        var texts = new FeedTexts(culture);
        var calendar = new IcsCalendar { ProductId = "-//Diplomacy.Core//Calendar feed//EN" };
        calendar.AddProperty("X-WR-CALNAME", texts.Format("CalendarName", home.Names.In(options.Language)));
        var writtenAt = new CalDateTime(options.WrittenAt.ToDateTimeUtc());
        foreach (var entry in agenda)
        {
            calendar.Events.Add(Event(home, entry, options, texts, writtenAt));
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CultureInfo Culture(string language)
    {
        Guard.Against.NullOrWhiteSpace(language, nameof(language));
        try
        {
            return CultureInfo.GetCultureInfo(language, predefinedOnly: true);
        }
        catch (CultureNotFoundException exception)
        {
            throw new ArgumentException($"'{language}' is not a language tag .NET knows.", nameof(language), exception);
        }
    }

    private static CalendarEvent Event(Region home, AgendaEntry entry, CalendarFeedOptions options, FeedTexts texts, CalDateTime writtenAt)
    {
        var language = options.Language;
        var summary = entry.Kind switch
        {
            AgendaEntryKind.Anniversary => Milestone(entry, texts, texts.Format("Anniversary", TieName(home, entry.Agreement!, language, texts), entry.AnniversaryNumber!)),
            AgendaEntryKind.TermEndNotice => texts.Format("TermEndNotice", TieName(home, entry.Agreement!, language, texts), LastDays(entry)),
            AgendaEntryKind.TermEnds => texts.Format("TermEnds", TieName(home, entry.Agreement!, language, texts)),
            AgendaEntryKind.CommitmentDue => Commitment(entry.Commitment!, language, texts),
            _ => Visit(entry.Delegation!, language, texts),
        };
        var @event = new CalendarEvent
        {
            Uid = Uid(home, entry, options.UidDomain),
            Summary = summary,
            Description = Description(entry, texts),
            DtStart = new CalDateTime(Day(entry.Days.Start)),
            DtEnd = new CalDateTime(Day(entry.Days.End.PlusDays(1))),
            DtStamp = writtenAt,
            Status = entry.IsCertain ? "CONFIRMED" : "TENTATIVE",
            Transparency = entry.Kind == AgendaEntryKind.Delegation ? "OPAQUE" : "TRANSPARENT",
        };
        @event.Categories.Add(Category(entry.Kind));
        if (entry.IsMilestone)
        {
            @event.Categories.Add("milestone");
        }

        return @event;
    }

    private static string Milestone(AgendaEntry entry, FeedTexts texts, string summary) =>
        entry.IsMilestone ? texts.Format("Milestone", summary) : summary;

    /// <summary>A tie as a person names it: its title, or else its partners seen from the home.</summary>
    private static string TieName(Region home, Agreement agreement, string language, FeedTexts texts) =>
        agreement.Title ?? Names(agreement.Parties.Select(party => party.Region).Where(region => !region.IsWithin(home)), language, texts);

    private static string Names(IEnumerable<Region> regions, string language, FeedTexts texts) =>
        string.Join(texts.Format("ListSeparator"), regions.Select(region => region.Names.In(language)));

    /// <summary>The day the term ends, or the first and last days it may end on.</summary>
    private static string LastDays(AgendaEntry notice) => notice.TermLastDays!.Start == notice.TermLastDays.End
        ? LocalDatePattern.Iso.Format(notice.TermLastDays.Start)
        : $"{LocalDatePattern.Iso.Format(notice.TermLastDays.Start)}/{LocalDatePattern.Iso.Format(notice.TermLastDays.End)}";

    private static string Commitment(Commitment commitment, string language, FeedTexts texts)
    {
        var due = texts.Format("CommitmentDue", commitment.What, commitment.OwedBy.Names.In(language), commitment.OwedTo.Names.In(language));
        return commitment.Status switch
        {
            CommitmentStatus.Done => texts.Format("CommitmentKept", due),
            CommitmentStatus.Dropped => texts.Format("CommitmentDropped", due),
            _ => due,
        };
    }

    /// <summary>A visit by where it goes or whom it receives; a trip planned before its stops are known by its purpose alone.</summary>
    private static string Visit(Delegation delegation, string language, FeedTexts texts) => delegation.Partners.Count == 0
        ? texts.Format("VisitPlanned", delegation.Purpose)
        : texts.Format(delegation.Direction == DelegationDirection.Outbound ? "VisitOut" : "VisitIn", Names(delegation.Partners, language, texts), delegation.Purpose);

    private static string Description(AgendaEntry entry, FeedTexts texts)
    {
        var lines = new List<string>
        {
            entry.Agreement is { } agreement ? texts.Format("Agreement", agreement.Id.Value) : texts.Format("Delegation", entry.Delegation!.Id.Value),
        };
        if (entry.Kind != AgendaEntryKind.Delegation && entry.Days.Start != entry.Days.End)
        {
            lines.Add(texts.Format("KnownInPart", LocalDatePattern.Iso.Format(entry.Days.Start), LocalDatePattern.Iso.Format(entry.Days.End)));
        }

        if (!entry.IsCertain)
        {
            lines.Add(texts.Format("MayNotHappen"));
        }

        return string.Join("\n", lines);
    }

    private static string Category(AgendaEntryKind kind) => kind switch
    {
        AgendaEntryKind.Anniversary => "anniversary",
        AgendaEntryKind.TermEndNotice => "term-end-notice",
        AgendaEntryKind.TermEnds => "term-end",
        AgendaEntryKind.CommitmentDue => "commitment",
        _ => "delegation",
    };

    /// <summary>
    /// What identifies an entry across writings: the home, the kind, the tie or delegation and, where one has several
    /// entries, the anniversary's number, the commitment's number or the first day a term may end; every character
    /// outside letters, digits and <c>-._</c> escaped, so that any id makes a valid UID.
    /// </summary>
    private static string Uid(Region home, AgendaEntry entry, string domain)
    {
        var subject = entry.Kind switch
        {
            AgendaEntryKind.Anniversary => $"{entry.Agreement!.Id.Value}/{entry.AnniversaryNumber}",
            AgendaEntryKind.TermEndNotice or AgendaEntryKind.TermEnds => $"{entry.Agreement!.Id.Value}/{LocalDatePattern.Iso.Format(entry.TermLastDays!.Start)}",
            AgendaEntryKind.CommitmentDue => $"{entry.Delegation!.Id.Value}/{entry.Commitment!.Number}",
            _ => entry.Delegation!.Id.Value,
        };
        return $"{Escape(home.Id.Value)}.{Category(entry.Kind)}.{Escape(subject)}@{domain}";
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && (Rune.IsLetterOrDigit(rune) || rune.Value is '-' or '.' or '_'))
            {
                escaped.Append((char)rune.Value);
            }
            else
            {
                foreach (var b in utf8[..rune.EncodeToUtf8(utf8)])
                {
                    escaped.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }
        }

        return escaped.ToString();
    }

    private static DateOnly Day(LocalDate date) => new(date.Year, date.Month, date.Day);
}
