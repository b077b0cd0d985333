using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Web.Language;
using NodaTime;

namespace Diplomacy.Core.Web.Reading;

/// <summary>One tie of a home region as a list shows it on a date.</summary>
public sealed record TieSummary
{
    public required string Id { get; init; }

    public string? Title { get; init; }

    /// <summary>The kind on the date (after an upgrade, the deeper kind).</summary>
    public required AgreementKind Kind { get; init; }

    public required string KindText { get; init; }

    /// <summary>The status on the date, derived from the history by the core's rules.</summary>
    public required AgreementStatus Status { get; init; }

    public required string StatusText { get; init; }

    /// <summary>The signing date as written (<c>2025-09-23</c>, <c>..2025-09-22</c>), or null for a tie not signed.</summary>
    public string? SignedOn { get; init; }

    /// <summary>The parties other than the home region.</summary>
    public required IReadOnlyList<RegionView> Partners { get; init; }

    public required IReadOnlyList<string> Fields { get; init; }

    public static TieSummary Of(Agreement tie, Region home, LocalDate date, Texts texts)
    {
        var kind = tie.KindOn(date) ?? tie.Kind;
        var status = tie.StatusOn(date);
        return new TieSummary
        {
            Id = tie.Id.Value,
            Title = tie.Title,
            Kind = kind,
            KindText = texts.Kind(kind),
            Status = status,
            StatusText = texts.Status(status),
            SignedOn = tie.SignedOn?.ToString(),
            Partners = [.. tie.Parties.Where(party => !party.Region.Equals(home)).Select(party => RegionView.Of(party.Region, texts))],
            Fields = [.. tie.Fields.Select(texts.Field)],
        };
    }
}
