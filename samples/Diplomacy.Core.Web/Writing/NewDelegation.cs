using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Input;

namespace Diplomacy.Core.Web.Writing;

/// <summary>
/// A delegation to record, as the form sends it: the direction, the home, the trip's times in the home's zone, the head,
/// the stops (place, arrival and departure in local time there), and rows of engagements, gifts and commitments. It
/// becomes the core's <see cref="Delegation.PlanOutbound"/> or <see cref="Delegation.PlanInbound"/>, then
/// <see cref="Delegation.AddStop"/>, <see cref="Delegation.AddEngagement"/>, <see cref="Delegation.Commit"/> and
/// <see cref="Register.Record"/>, which check every rule.
/// </summary>
/// <remarks>
/// The delegation is built whole before it is recorded: a row the core refuses leaves the register as it was. A row
/// left entirely blank is the form's spare row and is ignored; a row filled in part is read, and refused if it cannot be.
/// </remarks>
public sealed record NewDelegation
{
    /// <summary>The most rows of each list (stops, engagements, gifts, commitments) a form may send.</summary>
    public const int MaxRows = 30;

    /// <summary>The delegation's id; when blank, one is made from the home and the first day (<c>KR-41-2025-09-22</c>, <c>-in</c> added for a visit received).</summary>
    [StringLength(Limits.IdLength)]
    public string? Id { get; set; }

    /// <summary><c>Outbound</c> (the home's people travel) or <c>Inbound</c> (visitors come to the home).</summary>
    [StringLength(Limits.KeyLength)]
    public string? Direction { get; set; }

    /// <summary>The home region's key.</summary>
    [StringLength(Limits.KeyLength)]
    public string? Home { get; set; }

    /// <summary>Where the visitors come from, for an inbound delegation.</summary>
    [StringLength(Limits.KeyLength)]
    public string? Origin { get; set; }

    [StringLength(Limits.TitleLength)]
    public string? Purpose { get; set; }

    /// <summary>When the trip starts (leaving home, or the visitors arriving), in local time in the home's zone.</summary>
    [StringLength(Limits.KeyLength)]
    public string? Starts { get; set; }

    /// <summary>When the trip ends, in local time in the home's zone.</summary>
    [StringLength(Limits.KeyLength)]
    public string? Ends { get; set; }

    [StringLength(Limits.TitleLength)]
    public string? HeadName { get; set; }

    [StringLength(Limits.TitleLength)]
    public string? HeadTitle { get; set; }

    /// <summary>The head's role (<c>governor</c>, <c>mayor</c>, or a role of one's own).</summary>
    [StringLength(Limits.FieldLength)]
    public string? HeadRole { get; set; }

    public List<StopRow> Stops { get; set; } = [];

    public List<EngagementRow> Engagements { get; set; } = [];

    public List<GiftRow> Gifts { get; set; } = [];

    public List<CommitmentRow> Commitments { get; set; } = [];

    /// <summary>The visit's budget: an amount (digits, a decimal point, commas only between groups of three digits) and, with it, <see cref="BudgetCurrency"/>.</summary>
    [StringLength(Limits.KeyLength)]
    public string? Budget { get; set; }

    /// <summary>The budget's ISO 4217 currency code (<c>KRW</c>).</summary>
    [StringLength(Limits.KeyLength)]
    public string? BudgetCurrency { get; set; }

    /// <summary>What the visit actually cost, an amount; with <see cref="CostCurrency"/>. A cost without a budget is taken.</summary>
    [StringLength(Limits.KeyLength)]
    public string? Cost { get; set; }

    /// <summary>The cost's ISO 4217 currency code.</summary>
    [StringLength(Limits.KeyLength)]
    public string? CostCurrency { get; set; }

    /// <summary>Builds the delegation whole, then records it in the register.</summary>
    /// <exception cref="BadInputException">A value cannot be read, or a row breaks a limit.</exception>
    /// <exception cref="DomainRuleException">The core refuses the delegation or one of its rows; the register is unchanged.</exception>
    /// <exception cref="ArgumentException">The core cannot take a value at all (a departure not after the arrival, a time skipped by a clock change).</exception>
    public Delegation RecordIn(Register register)
    {
        // Every limit is checked before anything is built, so nothing is done with a value over one.
        var stops = Rows(Stops, "stops");
        var engagements = Rows(Engagements, "engagements");
        var gifts = Rows(Gifts, "gifts");
        var commitments = Rows(Commitments, "commitments");
        var givenId = Limits.Id(Id, "id");
        var purpose = Limits.Line(Purpose, Limits.TitleLength, "purpose") ?? throw new BadInputException("purpose", "The purpose is required.");
        var headName = Limits.Line(HeadName, Limits.TitleLength, "headName") ?? throw new BadInputException("headName", "The head's name is required.");
        var headTitle = Limits.Line(HeadTitle, Limits.TitleLength, "headTitle") ?? throw new BadInputException("headTitle", "The head's title is required.");
        var headRole = Limits.Line(HeadRole, Limits.FieldLength, "headRole") ?? throw new BadInputException("headRole", "The head's role is required.");

        var direction = Inputs.Enum<DelegationDirection>(Limits.Line(Direction, Limits.KeyLength, "direction"), "direction");
        var home = Inputs.Region(register, Limits.Line(Home, Limits.KeyLength, "home"), "home");
        var starts = Inputs.DateTime(Limits.Line(Starts, Limits.KeyLength, "starts"), "starts");
        var ends = Inputs.DateTime(Limits.Line(Ends, Limits.KeyLength, "ends"), "ends");
        var id = new DelegationId(givenId ?? string.Create(
            CultureInfo.InvariantCulture, $"{home.Id.Value}-{starts.Date:uuuu-MM-dd}{(direction == DelegationDirection.Inbound ? "-in" : string.Empty)}"));
        var head = new DelegationMember(headName, headTitle, new MemberRole(headRole));
        var budget = Inputs.MoneyOrNull(Limits.Line(Budget, Limits.KeyLength, "budget"), Limits.Line(BudgetCurrency, Limits.KeyLength, "budget"), "budget");
        var cost = Inputs.MoneyOrNull(Limits.Line(Cost, Limits.KeyLength, "cost"), Limits.Line(CostCurrency, Limits.KeyLength, "cost"), "cost");

        var delegation = direction == DelegationDirection.Outbound
            ? Delegation.PlanOutbound(id, home, purpose, head, starts, ends)
            : Delegation.PlanInbound(id, home, Inputs.Region(register, Limits.Line(Origin, Limits.KeyLength, "origin"), "origin"), purpose, head, starts, ends);
        foreach (var stop in stops)
        {
            delegation.AddStop(Inputs.Region(register, stop.Place, "stops"), Inputs.DateTime(stop.Arrival, "stops"), Inputs.DateTime(stop.Departure, "stops"));
        }

        foreach (var engagement in engagements)
        {
            delegation.AddEngagement(Inputs.Region(register, engagement.Place, "engagements"), engagement.ToEngagement());
        }

        foreach (var gift in gifts)
        {
            delegation.AddEngagement(Inputs.Region(register, gift.Place, "gifts"), gift.ToGift());
        }

        foreach (var commitment in commitments)
        {
            delegation.Commit(
                Inputs.Region(register, commitment.OwedBy, "commitments"),
                Inputs.Region(register, commitment.OwedTo, "commitments"),
                commitment.What ?? throw new BadInputException("commitments", "A commitment needs what is promised."),
                Inputs.PartialDate(commitment.Due ?? "unknown", "commitments"));
        }

        delegation.SetBudget(budget);
        delegation.RecordActualCost(cost);
        register.Record(delegation);
        return delegation;
    }

    /// <summary>The rows filled in (at least in part), each held to the limits; refused when the form sent too many.</summary>
    private static List<TRow> Rows<TRow>(List<TRow>? rows, string field)
        where TRow : IFormRow<TRow>
    {
        if (rows is null)
        {
            return [];
        }

        if (rows.Count > MaxRows)
        {
            throw new BadInputException(field, $"At most {MaxRows} rows are taken; {rows.Count} were sent.");
        }

        return [.. rows.Select(row => row.Checked(field)).Where(row => !row.IsBlank)];
    }
}

/// <summary>A row of the delegation form: blank when nothing in it was filled in.</summary>
public interface IFormRow<out TRow>
{
    /// <summary>Whether nothing in the row was filled in.</summary>
    bool IsBlank { get; }

    /// <summary>The row with each value trimmed and held to its limit.</summary>
    /// <exception cref="BadInputException">A value breaks a limit.</exception>
    TRow Checked(string field);
}

/// <summary>A stop: the place's key, and the arrival and departure in local time there.</summary>
public sealed record StopRow : IFormRow<StopRow>
{
    public string? Place { get; set; }

    public string? Arrival { get; set; }

    public string? Departure { get; set; }

    public bool IsBlank => Place is null && Arrival is null && Departure is null;

    public StopRow Checked(string field) => new()
    {
        Place = Limits.Line(Place, Limits.KeyLength, field),
        Arrival = Limits.Line(Arrival, Limits.KeyLength, field),
        Departure = Limits.Line(Departure, Limits.KeyLength, field),
    };
}

/// <summary>What kind of engagement a row of the delegation form records.</summary>
public enum EngagementRowKind
{
    /// <summary>A meeting with a counterpart (name and title).</summary>
    Meeting,

    /// <summary>A visit to an organization (its name).</summary>
    SiteVisit,

    /// <summary>Taking part in an event, such as a trade fair (its name).</summary>
    Event,
}

/// <summary>An engagement at a stop: a meeting, a site visit or an event, at a local time in the place.</summary>
public sealed record EngagementRow : IFormRow<EngagementRow>
{
    public string? Kind { get; set; }

    public string? Place { get; set; }

    public string? At { get; set; }

    /// <summary>The counterpart's name, the organization's or the event's.</summary>
    public string? Name { get; set; }

    /// <summary>The counterpart's title (a meeting only).</summary>
    public string? Title { get; set; }

    /// <summary>Blank when nothing but the kind (which the form always sends) was filled in.</summary>
    public bool IsBlank => Place is null && At is null && Name is null && Title is null;

    public EngagementRow Checked(string field) => new()
    {
        Kind = Limits.Line(Kind, Limits.KeyLength, field),
        Place = Limits.Line(Place, Limits.KeyLength, field),
        At = Limits.Line(At, Limits.KeyLength, field),
        Name = Limits.Line(Name, Limits.TitleLength, field),
        Title = Limits.Line(Title, Limits.TitleLength, field),
    };

    internal Engagement ToEngagement()
    {
        var at = Inputs.DateTime(At, "engagements");
        var name = Name ?? throw new BadInputException("engagements", "An engagement needs a name: the counterpart's, the organization's or the event's.");
        return Inputs.Enum<EngagementRowKind>(Kind, "engagements") switch
        {
            EngagementRowKind.Meeting => new Meeting(at, [new Counterpart(name, Title ?? throw new BadInputException("engagements", "A meeting needs the counterpart's title."))]),
            EngagementRowKind.SiteVisit => new SiteVisit(at, new Organization(name)),
            _ => new EventParticipation(at, name),
        };
    }
}

/// <summary>A gift handed over at a stop: what, how many, to whom, at a local time in the place.</summary>
public sealed record GiftRow : IFormRow<GiftRow>
{
    public string? Place { get; set; }

    public string? At { get; set; }

    public string? Item { get; set; }

    public string? Quantity { get; set; }

    public string? Recipient { get; set; }

    /// <summary><c>ByDelegation</c> (the delegation handed it over, the default) or <c>ToDelegation</c> (it was handed to the delegation).</summary>
    public string? Direction { get; set; }

    /// <summary>The whole gift's value, an amount; with <see cref="Currency"/>, or neither.</summary>
    public string? Value { get; set; }

    /// <summary>The value's ISO 4217 currency code.</summary>
    public string? Currency { get; set; }

    /// <summary>What became of it, one of <see cref="GiftDispositionKind"/>'s names; blank when not known.</summary>
    public string? Disposition { get; set; }

    /// <summary>A note on what became of it, such as who keeps it.</summary>
    public string? DispositionNote { get; set; }

    /// <summary>Blank when nothing but the quantity and direction (which the form always sends) was filled in.</summary>
    public bool IsBlank => Place is null && At is null && Item is null && Recipient is null && Value is null && Currency is null && Disposition is null && DispositionNote is null;

    public GiftRow Checked(string field) => new()
    {
        Place = Limits.Line(Place, Limits.KeyLength, field),
        At = Limits.Line(At, Limits.KeyLength, field),
        Item = Limits.Line(Item, Limits.TitleLength, field),
        Quantity = Limits.Line(Quantity, Limits.KeyLength, field),
        Recipient = Limits.Line(Recipient, Limits.TitleLength, field),
        Direction = Limits.Line(Direction, Limits.KeyLength, field),
        Value = Limits.Line(Value, Limits.KeyLength, field),
        Currency = Limits.Line(Currency, Limits.KeyLength, field),
        Disposition = Limits.Line(Disposition, Limits.KeyLength, field),
        DispositionNote = Limits.Line(DispositionNote, Limits.TitleLength, field),
    };

    internal Gift ToGift()
    {
        var disposition = Inputs.EnumOrNull<GiftDispositionKind>(Disposition, "gifts");
        if (disposition is null && DispositionNote is not null)
        {
            throw new BadInputException("gifts", "A note on what became of a gift needs what became of it.");
        }

        return new Gift(
            Inputs.DateTime(At, "gifts"),
            Item ?? throw new BadInputException("gifts", "A gift needs what was given."),
            Inputs.PositiveNumber(Quantity ?? "1", "gifts"),
            Recipient ?? throw new BadInputException("gifts", "A gift needs its recipient."))
        {
            Direction = Inputs.EnumOrNull<GiftDirection>(Direction, "gifts") ?? GiftDirection.ByDelegation,
            Value = Inputs.MoneyOrNull(Value, Currency, "gifts"),
            Disposition = disposition is { } kind ? new GiftDisposition(kind, DispositionNote) : null,
        };
    }
}

/// <summary>A commitment made on the visit: who owes what to whom, by when (a date as registers write it; unknown when blank).</summary>
public sealed record CommitmentRow : IFormRow<CommitmentRow>
{
    public string? OwedBy { get; set; }

    public string? OwedTo { get; set; }

    public string? What { get; set; }

    public string? Due { get; set; }

    public bool IsBlank => OwedBy is null && OwedTo is null && What is null && Due is null;

    public CommitmentRow Checked(string field) => new()
    {
        OwedBy = Limits.Line(OwedBy, Limits.KeyLength, field),
        OwedTo = Limits.Line(OwedTo, Limits.KeyLength, field),
        What = Limits.Line(What, Limits.TitleLength, field),
        Due = Limits.Line(Due, Limits.KeyLength, field),
    };
}
