using System.Globalization;

namespace Diplomacy.Core.Web.Load.Editing;

/// <summary>
/// The n-th tie the editor records: a cooperation MOU between Korea and China signed on a day of its own and
/// terminated the next day. The register holds one tie of a kind between the same parties at a time, so each ends
/// before the next begins; and Gyeonggi's coverage, which the readers read, is left as the seed has it.
/// </summary>
internal sealed record PlannedTie(int Number)
{
    public const string Party = "KR";
    public const string Partner = "CN";
    private static readonly DateOnly First = new(1900, 1, 1);

    public string Id => string.Create(CultureInfo.InvariantCulture, $"LOAD-{Number:D6}");

    public DateOnly SignedOn => First.AddDays(3 * Number);

    public DateOnly TerminatedOn => SignedOn.AddDays(1);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
