namespace Diplomacy.Core.Web.Editors;

/// <summary>The bearer token API writes need (<c>Api:Token</c>); without one, every API write is refused.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    public string? Token { get; set; }
}
