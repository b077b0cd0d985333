using Diplomacy.Core.Web.Language;
using Diplomacy.Core.Web.Reading;

namespace Diplomacy.Core.Web.Pages;

/// <summary>A chooser of regions or ties on a form, as <c>_Chooser</c> draws it.</summary>
/// <param name="Id">The element's id, which tests and scripts find it by.</param>
/// <param name="Name">The form field it sends.</param>
/// <param name="Chosen">The key chosen, if any.</param>
/// <param name="Chooser">What it offers: a list, or a search field.</param>
/// <param name="SuggestFrom">The API a search field asks for suggestions (<c>/api/regions</c>, <c>/api/ties</c>).</param>
/// <param name="Hint">What an empty search field asks for.</param>
/// <param name="Blank">Whether a list offers no choice first.</param>
/// <param name="Required">Whether the form needs a choice.</param>
public sealed record ChooserField(
    string Id, string Name, string? Chosen, Chooser Chooser, string SuggestFrom, string Hint, bool Blank = false, bool Required = false)
{
    /// <summary>A chooser of the register's regions.</summary>
    public static ChooserField Regions(string id, string name, string? chosen, Chooser chooser, Texts texts, bool blank = false) =>
        new(id, name, chosen, chooser, "/api/regions", texts.ChooserHint, blank);

    /// <summary>A chooser of the register's ties.</summary>
    public static ChooserField Ties(string id, string name, string? chosen, Chooser chooser, Texts texts) =>
        new(id, name, chosen, chooser, "/api/ties", texts.ChooserHint, Required: true);

    /// <summary>The id of the search field's list of suggestions.</summary>
    public string SuggestionsId => $"{Id}-suggestions";
}
