namespace Diplomacy.Core.Web.Hosting;

/// <summary>How a form offers the register's regions and ties to choose from (<c>Choices:ListedUpTo</c>).</summary>
public sealed class ChoiceOptions
{
    public const string Section = "Choices";

    /// <summary>
    /// The most regions (or ties) a chooser lists in full; past that, it is a search field. 300 unless configured: a
    /// list that long still scrolls, while the 57,000 regions of a 100,000-tie register weigh megabytes in every chooser.
    /// </summary>
    public int ListedUpTo { get; set; } = 300;
}
