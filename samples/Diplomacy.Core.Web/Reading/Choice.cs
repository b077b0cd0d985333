namespace Diplomacy.Core.Web.Reading;

/// <summary>One option of a filter or a form: the value sent, and the text shown in the reader's language.</summary>
public sealed record Choice(string Value, string Text);
