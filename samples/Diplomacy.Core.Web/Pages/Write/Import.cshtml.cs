using Diplomacy.Core.Web.Writing;
using Microsoft.AspNetCore.Mvc;

namespace Diplomacy.Core.Web.Pages.Write;

/// <summary>
/// Imports a register sheet or a pair list in two steps: the report computed on a copy of the register, then, once the
/// editor confirms, the same file imported into the register itself.
/// </summary>
public sealed class ImportModel(RegisterWrites writes) : WritePageModel
{
    /// <summary>The largest file taken, so that one upload cannot hold the register's write lock for long.</summary>
    public const int MaxKib = 1024;

    [BindProperty]
    public ImportFormat Format { get; set; } = ImportFormat.RegisterSheet;

    /// <summary>The file's text, carried from the preview to the confirmation in the form itself.</summary>
    [BindProperty]
    public string? Sheet { get; set; }

    public ImportReportView? Report { get; private set; }

    /// <summary>Whether <see cref="Report"/> is what the import did to the register, not a preview on a copy.</summary>
    public bool Imported { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            InputProblem = T.NoFile;
            return Page();
        }

        if (file.Length > MaxKib * 1024)
        {
            InputProblem = T.FileTooLarge(MaxKib);
            return Page();
        }

        using var reader = new StreamReader(file.OpenReadStream());
        Sheet = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        var texts = T;
        TryWrite(() => Report = writes.Preview(Sheet, Format, texts));
        return Page();
    }

    public IActionResult OnPostConfirm()
    {
        if (string.IsNullOrEmpty(Sheet))
        {
            InputProblem = T.NoFile;
            return Page();
        }

        var texts = T;
        Imported = TryWrite(() => Report = writes.Import(Sheet, Format, texts));
        return Page();
    }
}
