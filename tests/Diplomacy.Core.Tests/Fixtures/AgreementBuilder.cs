using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Tests.Fixtures;

/// <summary>Builds an agreement for a test; the last call (<see cref="SignedOn(int, int, int)"/> or <see cref="ProposedOn(int, int, int)"/>) makes it.</summary>
public sealed class AgreementBuilder(AgreementKind kind, IReadOnlyList<Region> parties)
{
    private AgreementId _id = new("TEST-1");
    private SigningDetails _details = SigningDetails.None;

    public AgreementBuilder WithId(string id)
    {
        _id = new AgreementId(id);
        return this;
    }

    public AgreementBuilder ForYears(int years) => WithTerm(new AgreementTerm(Period.FromYears(years)));

    public AgreementBuilder ForYearsRenewingAutomatically(int years) => WithTerm(new AgreementTerm(Period.FromYears(years), renewsAutomatically: true));

    public AgreementBuilder WithTerm(AgreementTerm term)
    {
        _details = _details with { Term = term };
        return this;
    }

    public AgreementBuilder EnteringIntoForceLater()
    {
        _details = _details with { EntersIntoForceOnSigning = false };
        return this;
    }

    public AgreementBuilder SignedIn(Region place)
    {
        _details = _details with { Place = place };
        return this;
    }

    public Agreement SignedOn(int year, int month, int day) => SignedOn(new LocalDate(year, month, day));

    public Agreement SignedOn(PartialDate date) =>
        Agreement.Sign(_id, kind, parties.Select(Party.FromRegion), date, _details);

    public Agreement ProposedOn(int year, int month, int day) => ProposedOn(new LocalDate(year, month, day));

    public Agreement ProposedOn(PartialDate date) => Agreement.Propose(_id, kind, parties.Select(Party.FromRegion), date);
}
