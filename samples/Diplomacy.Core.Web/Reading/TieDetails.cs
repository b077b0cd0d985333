using Diplomacy.Core.Agreements;
using Diplomacy.Core.Web.Language;
using NodaTime;

namespace Diplomacy.Core.Web.Reading;

/// <summary>Everything the register holds about one tie, with its status today and on a chosen date.</summary>
public sealed record TieDetails
{
    public required string Id { get; init; }

    public string? Title { get; init; }

    /// <summary>The kind it was signed as.</summary>
    public required AgreementKind Kind { get; init; }

    public required string KindText { get; init; }

    public required IReadOnlyList<PartyView> Parties { get; init; }

    public required LocalDate Today { get; init; }

    public required AgreementStatus StatusToday { get; init; }

    public required string StatusTodayText { get; init; }

    public required LocalDate Date { get; init; }

    public required AgreementStatus StatusOnDate { get; init; }

    public required string StatusOnDateText { get; init; }

    /// <summary>The kind on the chosen date (deeper after an upgrade), or null when the tie is not signed by then.</summary>
    public AgreementKind? KindOnDate { get; init; }

    public string? SignedOn { get; init; }

    public RegionView? SigningPlace { get; init; }

    public required IReadOnlyList<HistoryEntry> History { get; init; }

    public required IReadOnlyList<SourceView> Sources { get; init; }

    public required IReadOnlyList<SignatoryView> Signatories { get; init; }

    public required IReadOnlyList<ContactView> ContactPersons { get; init; }

    public required IReadOnlyList<string> Fields { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>The term as written (3 years, until a day), or null for a tie without one.</summary>
    public string? Term { get; init; }

    /// <summary>The last day of the term running on the chosen date, when one runs and its end is certain.</summary>
    public LocalDate? TermEndsOn { get; init; }

    /// <summary>The first anniversary of the signing on or after the chosen date, when the signing day is known exactly.</summary>
    public AnniversaryView? NextAnniversary { get; init; }

    /// <summary>The checks before signing a tie only proposed, on the chosen date; null for a signed tie.</summary>
    public IReadOnlyList<SigningCheckView>? Checks { get; init; }

    public static TieDetails Of(Agreement tie, LocalDate today, LocalDate date, Texts texts)
    {
        var statusToday = tie.StatusOn(today);
        var statusOnDate = tie.StatusOn(date);
        var anniversary = tie.NextAnniversaryOnOrAfter(date);
        return new TieDetails
        {
            Id = tie.Id.Value,
            Title = tie.Title,
            Kind = tie.Kind,
            KindText = texts.Kind(tie.Kind),
            Parties = [.. tie.Parties.Select(party => new PartyView(RegionView.Of(party.Region, texts), party.SigningAgency))],
            Today = today,
            StatusToday = statusToday,
            StatusTodayText = texts.Status(statusToday),
            Date = date,
            StatusOnDate = statusOnDate,
            StatusOnDateText = texts.Status(statusOnDate),
            KindOnDate = tie.KindOn(date),
            SignedOn = tie.SignedOn?.ToString(),
            SigningPlace = tie.SigningPlace is { } place ? RegionView.Of(place, texts) : null,
            History = [.. tie.History.Select(fact => HistoryEntry.Of(fact, tie.SourcesOf(fact), texts))],
            Sources = [.. tie.Sources.Select(SourceView.Of)],
            Signatories = [.. tie.Signatories.Select(signatory => new SignatoryView(signatory.Name, signatory.Title, RegionView.Of(signatory.Party, texts)))],
            ContactPersons = [.. tie.ContactPersons.Select(contact => ContactView.Of(contact, texts))],
            Fields = [.. tie.Fields.Select(texts.Field)],
            Notes = tie.Notes,
            Term = tie.Term is { } term ? texts.Term(term) : null,
            TermEndsOn = tie.TermEndsOn(date),
            NextAnniversary = anniversary is { } next ? new AnniversaryView(next.Number, next.Date) : null,
        };
    }
}
