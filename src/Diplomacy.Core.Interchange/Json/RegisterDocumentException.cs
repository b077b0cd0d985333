namespace Diplomacy.Core.Interchange.Json;

/// <summary>
/// A register document could not be read: it is not a register document, is of a version this reader does not know,
/// is malformed, breaks a limit, or holds a history or register that breaks a rule of the core. Nothing was loaded.
/// </summary>
/// <remarks>
/// The message says what was wrong and where. <see cref="Path"/>, <see cref="Line"/> and <see cref="BytePositionInLine"/>
/// locate the element or value; <see cref="Rule"/> names the core's rule when one was broken, and the
/// <see cref="Exception.InnerException"/> is then the core's <see cref="DomainRuleException"/> (or the
/// <see cref="System.Text.Json.JsonException"/> or <see cref="ArgumentException"/> that found the fault).
/// </remarks>
public sealed class RegisterDocumentException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public RegisterDocumentException()
        : this("The register document could not be read.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What was wrong.</param>
    public RegisterDocumentException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that found the fault.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The exception that found the fault.</param>
    public RegisterDocumentException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal RegisterDocumentException(string message, string? path, long? line, long? bytePositionInLine, Exception? innerException)
        : base(message, innerException)
    {
        Path = path;
        Line = line;
        BytePositionInLine = bytePositionInLine;
        Rule = (innerException as DomainRuleException)?.Rule;
    }

    /// <summary>The JSON path of the faulty element or value, such as <c>$.agreements[12].history[0].on</c>; null when the fault has no place (a document too large).</summary>
    public string? Path { get; }

    /// <summary>The line the fault was found on, from 1; null when unknown.</summary>
    public long? Line { get; }

    /// <summary>The byte within that line at which the faulty element or value starts, from 0 (as <see cref="System.Text.Json.JsonException"/> counts); null when unknown.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>The rule of the core the document's content breaks, when it breaks one; null for a fault of form.</summary>
    public DomainRule? Rule { get; }
}
