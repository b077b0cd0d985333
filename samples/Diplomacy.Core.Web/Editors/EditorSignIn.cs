using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Diplomacy.Core.Web.Editors;

/// <summary>Checks an editor's name and password against the configured editor.</summary>
public sealed class EditorSignIn(IOptionsMonitor<EditorOptions> options)
{
    /// <summary>The claim every signed-in editor holds; the write pages require it.</summary>
    public const string EditorClaim = "diplomacy-editor";

    /// <summary>The authorization policy of the write pages.</summary>
    public const string Policy = "Editor";

    private static readonly PasswordHasher<string> Hasher = new();

    /// <summary>Whether an editor is configured at all; when not, the sign-in page says so.</summary>
    public bool IsConfigured
    {
        get
        {
            var editor = options.CurrentValue;
            return !string.IsNullOrWhiteSpace(editor.Name)
                && (!string.IsNullOrEmpty(editor.PasswordHash) || !string.IsNullOrEmpty(editor.Password));
        }
    }

    /// <summary>Whether the name and password are the configured editor's.</summary>
    public bool Verify(string? name, string? password)
    {
        var editor = options.CurrentValue;
        if (!IsConfigured || string.IsNullOrEmpty(password))
        {
            return false;
        }

        var nameMatches = Secrets.Match(editor.Name, name?.Trim());
        var passwordMatches = string.IsNullOrEmpty(editor.PasswordHash)
            ? Secrets.Match(editor.Password, password)
            : Hasher.VerifyHashedPassword(editor.Name!, editor.PasswordHash, password) != PasswordVerificationResult.Failed;
        return nameMatches && passwordMatches;
    }

    /// <summary>A hash for <c>Editor:PasswordHash</c>, so that no password need be kept in configuration.</summary>
    public static string Hash(string name, string password) => Hasher.HashPassword(name, password);
}
