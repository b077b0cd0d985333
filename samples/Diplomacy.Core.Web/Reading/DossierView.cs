using System.Globalization;
using Diplomacy.Core.Coverage;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Language;
using NodaTime;

namespace Diplomacy.Core.Web.Reading;

/// <summary>A partner's dossier as its printable page shows it, in the reader's language.</summary>
public sealed record DossierView
{
    public required RegionView Home { get; init; }

    public required RegionView Partner { get; init; }

    /// <summary>The day the dossier is read on.</summary>
    public required LocalDate Date { get; init; }

    public required IReadOnlyList<TieSummary> Ties { get; init; }

    public required IReadOnlyList<VisitView> Visits { get; init; }

    public required IReadOnlyList<DossierCommitmentView> Commitments { get; init; }

    public required IReadOnlyList<GiftView> Gifts { get; init; }

    /// <summary>The gift ledger, year by year, each currency on its own line (never added across currencies).</summary>
    public required IReadOnlyList<GiftLedgerYearView> GiftLedger { get; init; }

    public required IReadOnlyList<ContactView> ContactPersons { get; init; }

    public required IReadOnlyList<SourceView> Sources { get; init; }

    public required IReadOnlyList<AgendaView> NextDates { get; init; }

    /// <summary>Whether the home's ties cover the partner on the date (by the default criteria).</summary>
    public required bool Covered { get; init; }

    /// <summary>The leads, each a sentence; empty when the ties cover the partner.</summary>
    public required IReadOnlyList<string> Leads { get; init; }

    public static DossierView Of(PartnerDossier dossier, Texts texts) => new()
    {
        Home = RegionView.Of(dossier.Home, texts),
        Partner = RegionView.Of(dossier.Partner, texts),
        Date = dossier.On,
        Ties = [.. dossier.Ties.Select(tie => TieSummary.Of(tie, dossier.Home, dossier.On, texts))],
        Visits = [.. dossier.Visits.Select(visit => new VisitView(DelegationRef.Of(visit), texts.Direction(visit.Direction)))],
        Commitments = [.. dossier.Commitments.Select(commitment => new DossierCommitmentView(commitment.Delegation.Value, CommitmentView.Of(commitment, dossier.On, texts)))],
        Gifts = [.. dossier.Gifts.Select(gift => GiftView.Of(gift, texts))],
        GiftLedger = [.. dossier.GiftLedger.Years.Select(year => new GiftLedgerYearView(
            year.Year,
            [.. year.Amounts.Select(line => new GiftLedgerLineView(line.Currency.Value, Amount(line.Given), Amount(line.Received), Amount(line.Balance)))],
            year.GivenWithoutValue,
            year.ReceivedWithoutValue))],
        ContactPersons = [.. dossier.ContactPersons.Select(contact => ContactView.Of(contact, texts))],
        Sources = [.. dossier.Sources.Select(SourceView.Of)],
        NextDates = [.. dossier.NextDates.Select(entry => AgendaView.Of(entry, texts))],
        Covered = dossier.Coverage == CoverageOutcome.Covered,
        Leads = [.. dossier.Leads.Select(lead => lead.ToText(texts.Language))],
    };

    internal static string Amount(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);
}

/// <summary>One year of the gift ledger: a line per currency and the gifts without a value, counted.</summary>
public sealed record GiftLedgerYearView(int Year, IReadOnlyList<GiftLedgerLineView> Lines, int GivenWithoutValue, int ReceivedWithoutValue);

/// <summary>One currency's line of a ledger year, amounts written with group separators in the invariant culture.</summary>
public sealed record GiftLedgerLineView(string Currency, string Given, string Received, string Balance);

/// <summary>A visit either way, linked.</summary>
public sealed record VisitView(DelegationRef Delegation, string DirectionText);

/// <summary>A commitment between the home and the partner, with the delegation it was made on.</summary>
public sealed record DossierCommitmentView(string DelegationId, CommitmentView Commitment);

/// <summary>A gift given to the partner or received from it.</summary>
/// <param name="At">When it was handed over, in local time where that happened, as written (<c>2025-09-24 15:00</c>).</param>
/// <param name="Text">How many of what, to whom, its value and what became of it when recorded.</param>
/// <param name="Received">Whether the home received it.</param>
/// <param name="WayText">Given or received, in the reader's language.</param>
/// <param name="DelegationId">The visit it was handed over on.</param>
public sealed record GiftView(string At, string Text, bool Received, string WayText, string DelegationId)
{
    public static GiftView Of(DossierGift gift, Texts texts) => new(
        gift.Gift.At.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture),
        $"{gift.Gift.Quantity.ToString(CultureInfo.InvariantCulture)} × {gift.Gift.Item} → {gift.Gift.Recipient}"
            + (gift.Gift.Value is { } value ? $", {DossierView.Amount(value.Amount)} {value.Currency}" : string.Empty)
            + (gift.Gift.Disposition is { } disposition ? $" ({texts.GiftDispositionName(disposition.Kind)}{(disposition.Note is { } note ? ": " + note : string.Empty)})" : string.Empty),
        gift.Received,
        gift.Received ? texts.GiftReceived : texts.GiftGiven,
        gift.Delegation.Id.Value);
}

/// <summary>One of the next dates: its days (a span when the date is known in part), what it is and what it is about.</summary>
/// <param name="First">The first day it covers or may fall on.</param>
/// <param name="Last">The last day.</param>
/// <param name="KindText">What the date is, in the reader's language (a milestone anniversary says so).</param>
/// <param name="Certain">Whether it certainly falls there.</param>
/// <param name="Tie">The tie it is about, or null.</param>
/// <param name="Delegation">The delegation it is about, or null.</param>
/// <param name="Commitment">What was promised, for a commitment due, or null.</param>
/// <param name="Milestone">Whether it is an anniversary offices mark specially (every fifth).</param>
/// <param name="Kind">What the date is.</param>
public sealed record AgendaView(LocalDate First, LocalDate Last, string KindText, bool Certain, TieRef? Tie, DelegationRef? Delegation, string? Commitment, bool Milestone, AgendaEntryKind Kind)
{
    public static AgendaView Of(AgendaEntry entry, Texts texts) => new(
        entry.Days.Start,
        entry.Days.End,
        texts.AgendaKind(entry),
        entry.IsCertain,
        entry.Agreement is { } tie ? TieRef.Of(tie) : null,
        entry.Delegation is { } delegation ? DelegationRef.Of(delegation) : null,
        entry.Commitment?.What,
        entry.IsMilestone,
        entry.Kind);
}
