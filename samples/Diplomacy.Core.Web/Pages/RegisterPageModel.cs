using Diplomacy.Core.Web.Input;
using Diplomacy.Core.Web.Language;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Diplomacy.Core.Web.Pages;

/// <summary>What every page of the register has: the reader's texts, and the input it could not read, when there is one.</summary>
public abstract class RegisterPageModel : PageModel
{
    /// <summary>The texts in the reader's language.</summary>
    public Texts T => HttpContext.Texts();

    /// <summary>Why an input could not be read (shown above the page), or null.</summary>
    public string? InputProblem { get; protected set; }

    /// <summary>Runs a read that may meet an unreadable input; on one, keeps its message and runs the fallback instead.</summary>
    protected TResult Reading<TResult>(Func<TResult> read, Func<TResult> fallback)
    {
        try
        {
            return read();
        }
        catch (BadInputException e)
        {
            InputProblem = e.Message;
            return fallback();
        }
    }
}
