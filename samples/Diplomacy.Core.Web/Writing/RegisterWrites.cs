using Diplomacy.Core.Delegations;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Sheets;
using Diplomacy.Core.Web.Input;
using Diplomacy.Core.Web.Language;
using Diplomacy.Core.Web.Reading;
using Diplomacy.Core.Web.Storage;

namespace Diplomacy.Core.Web.Writing;

/// <summary>
/// Every write the pages and the API make, each one domain command (or one import) run through
/// <see cref="RegisterHost.Write{T}"/>: committed in one transaction when the core accepts it, nothing stored when it refuses.
/// </summary>
public sealed class RegisterWrites(RegisterHost host)
{
    /// <summary>Records a signing.</summary>
    /// <exception cref="BadInputException">A value cannot be read.</exception>
    /// <exception cref="DomainRuleException">The core refuses the tie; nothing is stored.</exception>
    public TieRef Record(NewTie tie) => host.Write(edit => TieRef.Of(tie.RecordIn(edit.Register)));

    /// <summary>Records an event on a tie.</summary>
    /// <exception cref="BadInputException">A value cannot be read, or the register holds no such tie.</exception>
    /// <exception cref="DomainRuleException">The core refuses the event; nothing is stored.</exception>
    public TieRef Record(string tieId, TieEvent tieEvent) => host.Write(edit =>
    {
        var tie = Inputs.Tie(edit.Register, tieId);
        tieEvent.RecordOn(tie, edit.Register);
        return TieRef.Of(tie);
    });

    /// <summary>Records a delegation, built whole before the register takes it.</summary>
    /// <exception cref="BadInputException">A value cannot be read.</exception>
    /// <exception cref="DomainRuleException">The core refuses the delegation or one of its rows; nothing is stored.</exception>
    public DelegationRef Record(NewDelegation delegation) => host.Write(edit => DelegationRef.Of(delegation.RecordIn(edit.Register)));

    /// <summary>Marks a commitment of a delegation kept or dropped.</summary>
    /// <exception cref="BadInputException">A value cannot be read, or the register holds no such delegation.</exception>
    /// <exception cref="DomainRuleException">The core refuses; nothing is stored.</exception>
    public DelegationRef Settle(string delegationId, CommitmentSettlement settlement) => host.Write(edit =>
    {
        var id = Limits.Line(delegationId, Limits.IdLength, "delegation") ?? throw new BadInputException("delegation", "A delegation's id is required.");
        var delegation = edit.Register.Delegations.Find(new DelegationId(id))
            ?? throw new BadInputException("delegation", $"The register holds no delegation '{id}'.");
        settlement.ApplyTo(delegation);
        return DelegationRef.Of(delegation);
    });

    /// <summary>What an import would do, computed on a copy of the register rebuilt from its facts: the register is untouched.</summary>
    /// <exception cref="BadInputException">A tie or place the sheet would create breaks one of the <see cref="Limits"/>.</exception>
    public ImportReportView Preview(string content, ImportFormat format, Texts texts)
    {
        var copy = host.Read(register => Register.Rebuild(register.ToFacts()));
        return ImportReportView.Of(Import(copy, content, format), texts);
    }

    /// <summary>
    /// Imports into the register; what lands is committed in one transaction. It is planned on a copy of the register,
    /// outside the write lock (<see cref="RegisterHost.WriteOnCopy{T}"/>), so readers do not wait while a large sheet is read.
    /// </summary>
    /// <exception cref="BadInputException">A tie or place the sheet would create breaks one of the <see cref="Limits"/>; nothing is stored.</exception>
    public ImportReportView Import(string content, ImportFormat format, Texts texts) =>
        host.WriteOnCopy(edit => ImportReportView.Of(Import(edit.Register, content, format), texts));

    private static ImportReport Import(Register register, string content, ImportFormat format)
    {
        using var reader = new StringReader(content);
        var report = format == ImportFormat.PairList ? PairList.Import(register, reader) : RegisterSheet.Import(register, reader);
        CheckLimits(report);
        return report;
    }

    /// <summary>
    /// Holds what a sheet creates to the limits a form is held to, before anything is stored: one-line ids, titles and
    /// fields of bounded length. The id's character set is not asked of an import, whose ids the interchange package
    /// makes from its places' names.
    /// </summary>
    private static void CheckLimits(ImportReport report)
    {
        foreach (var region in report.RegionsCreated)
        {
            Checked(region.Id.Value, () => Limits.Line(region.Id.Value, Limits.IdLength, "file"));
        }

        foreach (var tie in report.TiesCreated)
        {
            Checked(tie.Id.Value, () =>
            {
                Limits.Line(tie.Id.Value, Limits.IdLength, "file");
                Limits.Line(tie.Title, Limits.TitleLength, "file");
                Limits.Lines([.. tie.Fields.Select(field => field.Name)], Limits.MaxFields, Limits.FieldLength, "file");
            });
        }
    }

    private static void Checked(string id, Action check)
    {
        try
        {
            check();
        }
        catch (BadInputException e)
        {
            // The id is shown without the characters that made it fail, so the message itself cannot mislead.
            var shown = new string([.. id.Take(60).Select(c => char.IsControl(c) || char.IsSurrogate(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' ? '?' : c)]);
            throw new BadInputException("file", $"The file would create '{shown}', which breaks a limit: {e.Message}");
        }
    }
}
