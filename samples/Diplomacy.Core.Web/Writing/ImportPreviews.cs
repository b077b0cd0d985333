using System.Collections.Concurrent;
using System.Security.Cryptography;
using NodaTime;

namespace Diplomacy.Core.Web.Writing;

/// <summary>
/// The sheets editors have previewed, kept on the server so that what an editor confirms is exactly what was previewed:
/// the confirmation carries only a token, which names the kept sheet and works once, for the editor who previewed it,
/// within <see cref="Lifetime"/>. Each editor's newest preview replaces the one before.
/// </summary>
public sealed class ImportPreviews(IClock clock)
{
    /// <summary>How long a preview may wait for its confirmation.</summary>
    public static readonly Duration Lifetime = Duration.FromMinutes(30);

    private readonly ConcurrentDictionary<string, Kept> _byEditor = new(StringComparer.Ordinal);

    /// <summary>Keeps an editor's previewed sheet and returns the token that confirms it.</summary>
    public string Keep(string editor, string sheet, ImportFormat format)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        _byEditor[editor] = new Kept(token, sheet, format, clock.GetCurrentInstant() + Lifetime);
        return token;
    }

    /// <summary>The sheet the token names, taken out so that it is imported once; null when the token is not the editor's newest preview or has expired.</summary>
    public (string Sheet, ImportFormat Format)? Take(string editor, string? token)
    {
        if (token is null || !_byEditor.TryGetValue(editor, out var kept) || !Editors.Secrets.Match(kept.Token, token))
        {
            return null;
        }

        if (!_byEditor.TryRemove(new KeyValuePair<string, Kept>(editor, kept)) || kept.Expires <= clock.GetCurrentInstant())
        {
            return null;
        }

        return (kept.Sheet, kept.Format);
    }

    private sealed record Kept(string Token, string Sheet, ImportFormat Format, Instant Expires);
}
