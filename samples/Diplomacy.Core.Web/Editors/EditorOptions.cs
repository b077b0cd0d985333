namespace Diplomacy.Core.Web.Editors;

/// <summary>
/// The first editor, from configuration (user-secrets or environment variables, never the repository):
/// <c>Editor:Name</c> and <c>Editor:Password</c>, or <c>Editor:PasswordHash</c> as ASP.NET Core Identity's password
/// hasher writes it (<c>dotnet run -- hash-password</c>). Without a name and one of the two, nobody can sign in.
/// </summary>
public sealed class EditorOptions
{
    public const string Section = "Editor";

    public string? Name { get; set; }

    public string? Password { get; set; }

    public string? PasswordHash { get; set; }
}
