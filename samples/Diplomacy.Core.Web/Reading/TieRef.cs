using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Web.Reading;

/// <summary>A link to a tie: its id and title.</summary>
/// <param name="Id">The agreement's id.</param>
/// <param name="Title">The title, when it has one.</param>
public sealed record TieRef(string Id, string? Title)
{
    public static TieRef Of(Agreement agreement) => new(agreement.Id.Value, agreement.Title);

    /// <summary>What a link shows: the title, or the id of a tie without one.</summary>
    public string Label => Title ?? Id;
}
