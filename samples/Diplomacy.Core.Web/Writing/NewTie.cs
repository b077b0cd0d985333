using System.ComponentModel.DataAnnotations;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Input;
using NodaTime;

namespace Diplomacy.Core.Web.Writing;

/// <summary>
/// A signing (or a proposal) to record, as the form and the API send it: parties by key, the kind, the date as written. It becomes
/// the core's <see cref="Agreement.Sign(AgreementId, AgreementKind, IEnumerable{Party}, Calendar.PartialDate, SigningDetails?, string?, IEnumerable{CooperationField}?)"/>
/// and <see cref="Register.Add"/>, which check every rule.
/// </summary>
public sealed record NewTie
{
    /// <summary>The tie's id; when blank, one is made from the parties, the kind and the date.</summary>
    [StringLength(Limits.IdLength)]
    [RegularExpression(Limits.IdPattern)]
    public string? Id { get; init; }

    /// <summary>The parties' region keys (<c>KR-41</c>, <c>CN-BJ</c>), two or more.</summary>
    [MaxLength(Limits.MaxParties)]
    public string[] Parties { get; init; } = [];

    /// <summary>The kind: <c>LetterOfIntent</c>, <c>CooperationMemorandum</c>, <c>Friendship</c>, <c>SisterCity</c>, <c>SectorAgreement</c>.</summary>
    [StringLength(Limits.KeyLength)]
    public string? Kind { get; init; }

    /// <summary>The signing date (or the proposal's, for a tie only proposed) as written: <c>2025-09-23</c>, <c>2025-09</c>, <c>..2025-09-22</c>.</summary>
    [StringLength(Limits.KeyLength)]
    public string? SignedOn { get; init; }

    /// <summary>The title as the tie's text gives it: one line, at most <see cref="Limits.TitleLength"/> characters.</summary>
    [StringLength(Limits.TitleLength)]
    public string? Title { get; init; }

    /// <summary>Fields of cooperation by name (<c>culture</c>, <c>ICT</c>, or a field of one's own).</summary>
    [MaxLength(Limits.MaxFields)]
    public string[] Fields { get; init; } = [];

    /// <summary>Whether the tie is only proposed, not yet signed: the date is then the proposal's, and the signing is recorded later as an event.</summary>
    public bool Proposed { get; init; }

    /// <summary>Signs (or proposes) the tie and adds it to the register.</summary>
    /// <exception cref="BadInputException">A value cannot be read.</exception>
    /// <exception cref="DomainRuleException">The core refuses the tie; the register is unchanged.</exception>
    public Agreement RecordIn(Register register)
    {
        var tie = Build(register);
        register.Add(tie);
        return tie;
    }

    /// <summary>
    /// The checks before signing the tie as entered, for its first party as the home, on its date (its last possible day
    /// when known in part); nothing is recorded.
    /// </summary>
    /// <exception cref="BadInputException">A value cannot be read.</exception>
    /// <exception cref="DomainRuleException">The core refuses the tie as entered.</exception>
    public IReadOnlyList<SigningWarning> ChecksIn(Register register, SigningPolicy policy, LocalDate today)
    {
        var tie = Build(register);
        var on = tie.History[0].OccurredOn;
        return register.ChecksBeforeSigning(tie.Parties[0].Region, tie, on.Latest ?? on.Earliest ?? today, policy);
    }

    private Agreement Build(Register register)
    {
        // Every limit is checked before the first value is looked up, so nothing is done with a value over one.
        var partyKeys = Limits.Lines(Parties, Limits.MaxParties, Limits.KeyLength, "parties");
        var kindName = Limits.Line(Kind, Limits.KeyLength, "kind");
        var signedOnText = Limits.Line(SignedOn, Limits.KeyLength, "signedOn");
        var givenId = Limits.Id(Id, "id");
        var title = Limits.Line(Title, Limits.TitleLength, "title");
        var fields = Limits.Lines(Fields, Limits.MaxFields, Limits.FieldLength, "fields");

        var parties = partyKeys.Select(key => Inputs.Region(register, key, "parties")).ToList();
        if (parties.Count < 2)
        {
            throw new BadInputException("parties", "A tie needs at least two parties.");
        }

        var kind = Inputs.Enum<AgreementKind>(kindName, "kind");
        var signedOn = Inputs.PartialDate(signedOnText, "signedOn");
        // A made id is held to the same limits as a given one: many parties can make it too long.
        var id = givenId ?? Limits.Id(string.Join('-', [.. parties.Select(party => party.Id.Value), kind.ToString(), signedOn.ToString()]), "id")!;
        return Proposed
            ? Agreement.Propose(new AgreementId(id), kind, parties.Select(Party.FromRegion), signedOn, title, fields.Select(CooperationField.Of))
            : Agreement.Sign(new AgreementId(id), kind, parties.Select(Party.FromRegion), signedOn, title: title, fields: fields.Select(CooperationField.Of));
    }
}
