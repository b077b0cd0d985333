using Diplomacy.Core.Interchange.Sheets;
using Diplomacy.Core.Portfolio;
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

    /// <summary>What an import would do, computed on a copy of the register rebuilt from its facts: the register is untouched.</summary>
    public ImportReportView Preview(string content, ImportFormat format, Texts texts)
    {
        var copy = host.Read(register => Register.Rebuild(register.ToFacts()));
        return ImportReportView.Of(Import(copy, content, format), texts);
    }

    /// <summary>Imports into the register; what lands is committed in one transaction.</summary>
    public ImportReportView Import(string content, ImportFormat format, Texts texts) =>
        host.Write(edit => ImportReportView.Of(Import(edit.Register, content, format), texts));

    private static ImportReport Import(Register register, string content, ImportFormat format)
    {
        using var reader = new StringReader(content);
        return format == ImportFormat.PairList ? PairList.Import(register, reader) : RegisterSheet.Import(register, reader);
    }
}
