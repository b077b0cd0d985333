using Diplomacy.Core.Web.Input;
using Diplomacy.Core.Web.Writing;
using Microsoft.AspNetCore.Mvc;

namespace Diplomacy.Core.Web.Pages.Write;

/// <summary>
/// Imports a register sheet or a pair list in two steps: the report computed on a copy of the register, then, once the
/// editor confirms, the previewed file imported into the register itself. The file is kept on the server between the
/// two steps (<see cref="ImportPreviews"/>): the confirmation carries only the preview's token, so what is imported is
/// exactly what was previewed, and no handler takes more than <see cref="Limits.ImportKib"/> KiB of file.
/// </summary>
[RequestSizeLimit(Limits.FormBodyBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Limits.FormBodyBytes, ValueLengthLimit = Limits.FormValueBytes)]
public sealed class ImportModel(RegisterWrites writes, ImportPreviews previews) : WritePageModel
{
    /// <summary>The largest file taken, so that one upload cannot keep the register busy for long.</summary>
    public const int MaxKib = Limits.ImportKib;

    [BindProperty]
    public ImportFormat Format { get; set; } = ImportFormat.RegisterSheet;

    /// <summary>The token of the preview to confirm, as the preview's form carries it.</summary>
    [BindProperty]
    public string? PreviewToken { get; set; }

    public ImportReportView? Report { get; private set; }

    /// <summary>Whether <see cref="Report"/> is what the import did to the register, not a preview on a copy.</summary>
    public bool Imported { get; private set; }

    private string Editor => User.Identity?.Name ?? string.Empty;

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
        var sheet = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        var texts = T;
        if (TryWrite(() => Report = writes.Preview(sheet, Format, texts)))
        {
            PreviewToken = previews.Keep(Editor, sheet, Format);
        }

        return Page();
    }

    public IActionResult OnPostConfirm()
    {
        if (previews.Take(Editor, PreviewToken) is not var (sheet, format))
        {
            InputProblem = T.PreviewExpired;
            return Page();
        }

        Format = format;
        var texts = T;
        Imported = TryWrite(() => Report = writes.Import(sheet, format, texts));
        return Page();
    }
}
