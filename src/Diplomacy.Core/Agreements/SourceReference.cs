using Ardalis.GuardClauses;

namespace Diplomacy.Core.Agreements;

/// <summary>Where a fact about an agreement came from: a web address, a citation, or both.</summary>
/// <remarks>
/// A register must say where each fact came from, because sources conflict (one report dates an upgrade
/// 19 May, another 19 June). Equality is by value: the same address (as <see cref="Uri"/> compares) and the
/// same citation text, ordinally. Immutable, and so safe to share between threads.
/// </remarks>
/// <example>
/// <code>
/// SourceReference.FromUrl(new Uri("https://www.incheonilbo.com/"), "Incheon Ilbo, 26 September 2025");
/// SourceReference.FromCitation("Gyeonggi Province, press release of 25 September 2025");
/// </code>
/// </example>
public sealed record SourceReference
{
    private SourceReference(Uri? url, string? citation)
    {
        Url = url;
        Citation = citation;
    }

    /// <summary>The source's absolute web address, or null for a source cited only in words.</summary>
    public Uri? Url { get; }

    /// <summary>The citation in words (publication, date, page), or null for a source given only by its address.</summary>
    public string? Citation { get; }

    /// <summary>A source on the web.</summary>
    /// <param name="url">The absolute address.</param>
    /// <param name="citation">The citation in words, when there is one; trimmed.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="url"/> is relative, or <paramref name="citation"/> is empty or white space.</exception>
    public static SourceReference FromUrl(Uri url, string? citation = null)
    {
        Guard.Against.Null(url);
        if (!url.IsAbsoluteUri)
        {
            throw new ArgumentException($"The source address '{url}' is relative; give an absolute address.", nameof(url));
        }

        return new(url, citation is null ? null : Guard.Against.NullOrWhiteSpace(citation).Trim());
    }

    /// <summary>A source cited in words: a publication, a register, an official letter.</summary>
    /// <param name="citation">The citation; trimmed.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="citation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="citation"/> is empty or white space.</exception>
    public static SourceReference FromCitation(string citation) => new(null, Guard.Against.NullOrWhiteSpace(citation).Trim());

    /// <summary>The citation and the address, whichever are known.</summary>
    /// <returns>The reference as text.</returns>
    public override string ToString() => (Citation, Url) switch
    {
        ({ } citation, { } url) => $"{citation} <{url}>",
        ({ } citation, null) => citation,
        _ => $"<{Url}>",
    };
}
