namespace Diplomacy.Core.Interchange.Json;

/// <summary>
/// How a <see cref="RegisterDocument"/> is written and the limits it is read under. The defaults suit a register of a
/// few million agreements; lower the limits where documents come from people or programs you do not trust.
/// </summary>
/// <remarks>Immutable once built, and so safe to share between threads and calls.</remarks>
/// <example>
/// <code>
/// var strict = new RegisterDocumentOptions { MaxDocumentBytes = 10 * 1024 * 1024, MaxDepth = 16 };
/// var register = RegisterDocument.Read(upload, strict);
/// </code>
/// </example>
public sealed record RegisterDocumentOptions
{
    /// <summary>The default <see cref="MaxDepth"/>: 64, seven times the document's own deepest nesting.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default <see cref="MaxDocumentBytes"/>: 2 GiB, about five million agreements with a few events each.</summary>
    public const long DefaultMaxDocumentBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>The options used when none are given: the defaults, written compactly.</summary>
    public static RegisterDocumentOptions Default { get; } = new();

    /// <summary>Whether the writer indents the document for people to read (two spaces a level); compact by default.</summary>
    public bool Indented { get; init; }

    /// <summary>
    /// How deeply arrays and objects may nest when reading; a deeper document is refused. The document itself nests
    /// nine levels deep (a counterpart met at a stop of a delegation); defaults to <see cref="DefaultMaxDepth"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDepth
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = DefaultMaxDepth;

    /// <summary>
    /// How many bytes a document read may hold; reading stops with an error as soon as more arrive, before they are
    /// parsed. Defaults to <see cref="DefaultMaxDocumentBytes"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public long MaxDocumentBytes
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = DefaultMaxDocumentBytes;
}
