using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Web.Input;

namespace Diplomacy.Core.Web.Reading;

/// <summary>Which of a home region's ties a list shows: by the partner's country, the kind on the date, a field. Null lets all pass.</summary>
public sealed record TieFilter(CountryCode? Country = null, AgreementKind? Kind = null, CooperationField? Field = null)
{
    /// <summary>A filter from a request's values: a country code, a kind's name, a field's name; blank for any.</summary>
    /// <exception cref="BadInputException">The country or the kind cannot be read.</exception>
    public static TieFilter Parse(string? country, string? kind, string? field) =>
        new(Inputs.CountryOrNull(country), Inputs.EnumOrNull<AgreementKind>(kind, "kind"), Inputs.FieldOrNull(field));

    public bool Lets(TieSummary tie, Agreement agreement, Region home) =>
        (Kind is null || tie.Kind == Kind)
        && (Field is null || agreement.Fields.Contains(Field.Value))
        && (Country is null || agreement.Parties.Any(party => !party.Region.Equals(home) && (party.Region.Country ?? party.Region).CountryCode == Country));
}
