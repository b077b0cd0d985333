using Diplomacy.Core.Web.Input;

namespace Diplomacy.Core.Web.Pages.Write;

/// <summary>
/// A page that writes: a write the core refuses shows the rule's message (and nothing was stored); one whose input
/// cannot be read shows what could not be read.
/// </summary>
public abstract class WritePageModel : RegisterPageModel
{
    /// <summary>The rule the core applied when it refused the write, or null.</summary>
    public DomainRule? RefusedBy { get; private set; }

    /// <summary>The message of the refusal or of the unreadable input, or null when the write went through.</summary>
    public string? Refusal { get; private set; }

    /// <summary>Runs a write; returns whether it went through.</summary>
    protected bool TryWrite(Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (DomainRuleException e)
        {
            (RefusedBy, Refusal) = (e.Rule, e.Message);
        }
        catch (BadInputException e)
        {
            Refusal = e.Message;
        }
        catch (ArgumentException e)
        {
            // The core's guard clauses: a value it cannot take at all, such as a blank signatory's name.
            Refusal = e.Message;
        }

        return false;
    }
}
