using System.Text;
using Ardalis.GuardClauses;
using Diplomacy.Core.Interchange.Json.Documents;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Interchange.Json;

/// <summary>
/// A register saved as a versioned JSON document and loaded back with every rule of the core checked: regions,
/// agreements with their full history, retractions and sources, and delegations with their itinerary, engagements
/// and commitments.
/// </summary>
/// <remarks>
/// <para>
/// The document starts with <c>"format": "diplomacy-core/register"</c> and <c>"version": 1</c>, then holds
/// <c>"regions"</c> (parents before their children), <c>"agreements"</c> and <c>"delegations"</c>, in this order.
/// Dates are written as people write them (<c>"2025-09-22"</c>, <c>"1993-10"</c>, <c>"2011"</c>,
/// <c>"..2025-09-22"</c>), other NodaTime values in ISO form, and the JSON Schema in <see cref="Schema"/> describes
/// every property.
/// </para>
/// <para>
/// Both ways stream: the writer flushes to the stream as it goes, and the reader parses the stream in pieces,
/// deserializing one element at a time and adding it to the register at once. A million agreements are written and
/// read without the text ever being held in memory.
/// </para>
/// <para>
/// Reading is all or nothing: a document that is not a register document, of a newer version, malformed, over a limit
/// of <see cref="RegisterDocumentOptions"/>, or whose content breaks a rule of the core throws a
/// <see cref="RegisterDocumentException"/> saying where and why, and no register comes back.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// await using (var file = File.Create("register.json"))
/// {
///     await RegisterDocument.WriteAsync(register, file);
/// }
///
/// await using var stored = File.OpenRead("register.json");
/// Register loaded = await RegisterDocument.ReadAsync(stored);
/// </code>
/// </example>
public static class RegisterDocument
{
    /// <summary>The value of the document's <c>"format"</c> property.</summary>
    public const string Format = "diplomacy-core/register";

    /// <summary>The version of the format this library writes, and the newest it reads.</summary>
    public const int Version = 1;

    /// <summary>The JSON Schema (draft 2020-12) of the document, generated from the types that read and write it.</summary>
    public static string Schema => RegisterDocumentSchema.Text;

    /// <summary>Writes a register to a stream as a register document, in UTF-8, in pieces of about 64 KiB written as they fill.</summary>
    /// <param name="register">The register.</param>
    /// <param name="utf8Json">The stream written to; left open.</param>
    /// <param name="options">How to write; <see cref="RegisterDocumentOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <example>
    /// <code>
    /// using var file = File.Create("register.json");
    /// RegisterDocument.Write(register, file, new RegisterDocumentOptions { Indented = true });
    /// </code>
    /// </example>
    public static void Write(Register register, Stream utf8Json, RegisterDocumentOptions? options = null)
    {
        Guard.Against.Null(register);
        Guard.Against.Null(utf8Json);
        foreach (var piece in RegisterDocumentWriter.Pieces(register, options ?? RegisterDocumentOptions.Default))
        {
            utf8Json.Write(piece.Span);
        }

        utf8Json.Flush();
    }

    /// <summary>Writes a register to a stream as a register document, in UTF-8, each piece of about 64 KiB written asynchronously as it fills: no synchronous write reaches the stream.</summary>
    /// <param name="register">The register.</param>
    /// <param name="utf8Json">The stream written to; left open.</param>
    /// <param name="options">How to write; <see cref="RegisterDocumentOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the writing before the next piece of about 64 KiB reaches the stream.</param>
    /// <returns>A task that completes when the whole document is flushed to the stream.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <example>
    /// <code>
    /// await using var file = File.Create("register.json");
    /// await RegisterDocument.WriteAsync(register, file);
    /// </code>
    /// </example>
    public static async Task WriteAsync(
        Register register, Stream utf8Json, RegisterDocumentOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(register);
        Guard.Against.Null(utf8Json);
        foreach (var piece in RegisterDocumentWriter.Pieces(register, options ?? RegisterDocumentOptions.Default))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await utf8Json.WriteAsync(piece, cancellationToken).ConfigureAwait(false);
        }

        await utf8Json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a register as the text of a register document: for tests, logs and small registers (a large one is better streamed with <see cref="Write"/>).</summary>
    /// <param name="register">The register.</param>
    /// <param name="options">How to write; <see cref="RegisterDocumentOptions.Default"/> when null.</param>
    /// <returns>The document's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    public static string ToJson(Register register, RegisterDocumentOptions? options = null)
    {
        using var buffer = new MemoryStream();
        Write(register, buffer, options);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads a register from a register document in UTF-8, checking every rule of the core as the commands do.</summary>
    /// <param name="utf8Json">The stream read from, to its end; left open.</param>
    /// <param name="options">The limits; <see cref="RegisterDocumentOptions.Default"/> when null.</param>
    /// <returns>The register, answering every question as the one written did.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="RegisterDocumentException">
    /// The document is not a register document, is of a newer version, is malformed or cut short, breaks a limit, or
    /// holds content that breaks a rule of the core (<see cref="RegisterDocumentException.Rule"/>). Nothing is loaded.
    /// </exception>
    /// <example>
    /// <code>
    /// using var file = File.OpenRead("register.json");
    /// var register = RegisterDocument.Read(file);
    /// </code>
    /// </example>
    public static Register Read(Stream utf8Json, RegisterDocumentOptions? options = null)
    {
        Guard.Against.Null(utf8Json);
        using var reader = new RegisterDocumentReader(options ?? RegisterDocumentOptions.Default);
        while (true)
        {
            if (reader.Advance(utf8Json.Read(reader.FreeSpace().Span)) is { } register)
            {
                return register;
            }
        }
    }

    /// <summary>Reads a register from a register document in UTF-8, reading the stream asynchronously.</summary>
    /// <param name="utf8Json">The stream read from, to its end; left open.</param>
    /// <param name="options">The limits; <see cref="RegisterDocumentOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the reading between two reads of the stream.</param>
    /// <returns>The register, answering every question as the one written did.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="RegisterDocumentException">As for <see cref="Read(Stream, RegisterDocumentOptions?)"/>. Nothing is loaded.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <example>
    /// <code>
    /// await using var file = File.OpenRead("register.json");
    /// var register = await RegisterDocument.ReadAsync(file);
    /// </code>
    /// </example>
    public static async Task<Register> ReadAsync(Stream utf8Json, RegisterDocumentOptions? options = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(utf8Json);
        using var reader = new RegisterDocumentReader(options ?? RegisterDocumentOptions.Default);
        while (true)
        {
            if (reader.Advance(await utf8Json.ReadAsync(reader.FreeSpace(), cancellationToken).ConfigureAwait(false)) is { } register)
            {
                return register;
            }
        }
    }

    /// <summary>Reads a register from the text of a register document: for tests, fuzzing and small documents.</summary>
    /// <param name="json">The document's text.</param>
    /// <param name="options">The limits; <see cref="RegisterDocumentOptions.Default"/> when null.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="RegisterDocumentException">As for <see cref="Read(Stream, RegisterDocumentOptions?)"/>. Nothing is loaded.</exception>
    public static Register Parse(string json, RegisterDocumentOptions? options = null)
    {
        Guard.Against.Null(json);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json), writable: false);
        return Read(stream, options);
    }
}
