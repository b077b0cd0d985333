namespace Diplomacy.Core.Web.Input;

/// <summary>
/// A request the host cannot read (a date that is no date, a region the register does not hold): the caller's
/// mistake, answered with 400, never a domain rule.
/// </summary>
public sealed class BadInputException : Exception
{
    public BadInputException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    public BadInputException()
    {
        Field = string.Empty;
    }

    public BadInputException(string message)
        : base(message)
    {
        Field = string.Empty;
    }

    public BadInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
    }

    /// <summary>The input that could not be read, as the form or query names it.</summary>
    public string Field { get; }
}
