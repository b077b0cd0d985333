using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Tests.Fixtures;

/// <summary>Everything an agreement shows, copied, so that a test can assert a refused command changed nothing.</summary>
public sealed record AgreementSnapshot(
    AgreementKind Kind,
    AgreementTerm? Term,
    object? SignedOn,
    object? Ceremony,
    IAgreementEvent[] History,
    IAgreementEvent[] DomainEvents,
    AgreementStatusSpan[] Timeline,
    Party[] Parties,
    Signatory[] Signatories,
    CooperationField[] Fields,
    ContactPerson[] ContactPersons,
    SourceReference[] Sources,
    SourceReference[][] SourcesOfEachEvent,
    AgreementEventRetracted[] Retractions,
    string[] Notes)
{
    public static AgreementSnapshot Of(Agreement agreement) => new(
        agreement.Kind,
        agreement.Term,
        agreement.SignedOn,
        agreement.Ceremony,
        [.. agreement.History],
        [.. agreement.DomainEvents],
        [.. agreement.StatusTimeline],
        [.. agreement.Parties],
        [.. agreement.Signatories],
        [.. agreement.Fields],
        [.. agreement.ContactPersons],
        [.. agreement.Sources],
        [.. agreement.History.Select(change => agreement.SourcesOf(change).ToArray())],
        [.. agreement.Retractions],
        [.. agreement.Notes]);
}
