using Diplomacy.Core.Agreements;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Input;

namespace Diplomacy.Core.Web.Writing;

/// <summary>
/// A signing to record, as the form and the API send it: parties by key, the kind, the date as written. It becomes
/// the core's <see cref="Agreement.Sign(AgreementId, AgreementKind, IEnumerable{Party}, Calendar.PartialDate, SigningDetails?, string?, IEnumerable{CooperationField}?)"/>
/// and <see cref="Register.Add"/>, which check every rule.
/// </summary>
public sealed record NewTie
{
    /// <summary>The tie's id; when blank, one is made from the parties, the kind and the date.</summary>
    public string? Id { get; init; }

    /// <summary>The parties' region keys (<c>KR-41</c>, <c>CN-BJ</c>), two or more.</summary>
    public string[] Parties { get; init; } = [];

    /// <summary>The kind: <c>LetterOfIntent</c>, <c>CooperationMemorandum</c>, <c>Friendship</c>, <c>SisterCity</c>, <c>SectorAgreement</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>The signing date as written: <c>2025-09-23</c>, <c>2025-09</c>, <c>..2025-09-22</c>.</summary>
    public string? SignedOn { get; init; }

    public string? Title { get; init; }

    /// <summary>Fields of cooperation by name (<c>culture</c>, <c>ICT</c>, or a field of one's own).</summary>
    public string[] Fields { get; init; } = [];

    /// <summary>Signs the tie and adds it to the register.</summary>
    /// <exception cref="BadInputException">A value cannot be read.</exception>
    /// <exception cref="DomainRuleException">The core refuses the tie; the register is unchanged.</exception>
    public Agreement RecordIn(Register register)
    {
        var parties = Parties.Where(key => !string.IsNullOrWhiteSpace(key)).Select(key => Inputs.Region(register, key, "parties")).ToList();
        if (parties.Count < 2)
        {
            throw new BadInputException("parties", "A tie needs at least two parties.");
        }

        var kind = Inputs.Enum<AgreementKind>(Kind, "kind");
        var signedOn = Inputs.PartialDate(SignedOn, "signedOn");
        var id = string.IsNullOrWhiteSpace(Id)
            ? string.Join('-', [.. parties.Select(party => party.Id.Value), kind.ToString(), signedOn.ToString()])
            : Id.Trim();
        var tie = Agreement.Sign(
            new AgreementId(id),
            kind,
            parties.Select(Party.FromRegion),
            signedOn,
            title: string.IsNullOrWhiteSpace(Title) ? null : Title.Trim(),
            fields: Fields.Where(field => !string.IsNullOrWhiteSpace(field)).Select(CooperationField.Of));
        register.Add(tie);
        return tie;
    }
}
