using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Reference;

namespace Diplomacy.Core.Sheets;

/// <summary>
/// One import into a register: reads the rows, and lands each row whole (or, all or nothing, every row at the end).
/// Its parts each do one job: <see cref="ImportPlaces"/> finds the regions cells name, <see cref="ImportPlan"/> holds
/// what a row needs until it lands and undoes a refused row, <see cref="ImportTies"/> folds repeated ties and gives
/// ids, and <see cref="ImportTally"/> counts what happened for the <see cref="ImportReport"/>.
/// </summary>
internal sealed class ImportSession
{
    private readonly Register _register;
    private readonly bool _allOrNothing;
    private readonly ImportPlan _plan = new();
    private readonly ImportPlaces _places;
    private readonly ImportTies _ties;
    private readonly ImportTally _tally = new();

    public ImportSession(Register register, bool allOrNothing, string nameLanguage, string zoneWithoutCountry, IPlaceResolver? places)
    {
        _register = register;
        _allOrNothing = allOrNothing;
        _places = new ImportPlaces(register.Directory, _plan, nameLanguage, zoneWithoutCountry, places);
        _ties = new ImportTies(register);
    }

    /// <summary>Reads each row with <paramref name="readRow"/>, which lands it or throws its refusal; a refusal is recorded and the next row read.</summary>
    public ImportReport Read(IEnumerable<(int Line, string[] Cells)> rows, Action<int, string[]> readRow)
    {
        foreach (var (line, cells) in rows)
        {
            BeginRow();
            try
            {
                var malformed = Array.FindIndex(cells, HasLoneSurrogate);
                if (malformed >= 0)
                {
                    throw new RowRefusedException(RowRefusalReason.MalformedText, $"Cell {malformed + 1} holds half of a surrogate pair, which is not text.");
                }

                readRow(line, cells);
            }
            catch (RowRefusedException refusal)
            {
                Undo();
                _tally.Refused(new RefusedRow(line, refusal.Reason, refusal.Message, refusal.Rule));
            }
        }

        return Finish();
    }

    /// <summary>The region a cell names (see <see cref="ImportPlaces"/>).</summary>
    public Region Place(string text, string country, string role) => _places.Place(text, country, role);

    /// <summary>Adds the tie a row describes, or reports it as a self-tie or a duplicate.</summary>
    public void Tie(int line, Region first, Region second, AgreementKind kind, PartialDate signedOn, IEnumerable<CooperationField> fields, string note, string id, bool directed)
    {
        if (first.Equals(second))
        {
            Undo();
            _tally.SelfTie(new SelfTieRow(line, first));
            return;
        }

        Agreement agreement;
        try
        {
            agreement = Agreement.Sign(_ties.IdFor(id, first, second, kind), kind, [first, second], signedOn, fields: fields);
        }
        catch (DomainRuleException broken)
        {
            throw new RowRefusedException(RowRefusalReason.BrokenRule, broken.Message, broken.Rule);
        }

        if (_ties.Repeated(agreement, first, second) is { } held)
        {
            Undo();
            _tally.Duplicate(new DuplicateRow(line, held.Tie.Id, directed && !held.First.Equals(first.Id)));
            return;
        }

        _ties.EnsureFree(agreement.Id);

        if (note.Length > 0)
        {
            agreement.AddNote(note);
        }

        if (!_allOrNothing)
        {
            Land(_plan.Regions, [agreement]);
            _plan.Landed();
        }
        else
        {
            _plan.Hold(agreement);
        }

        _ties.Add(agreement, first, second);
        _tally.Matched(_places.RowMatched);
    }

    /// <summary>Lands what all-or-nothing mode held back, when no row was refused, and gives the report.</summary>
    public ImportReport Finish()
    {
        var landed = !_tally.AnyRefused || !_allOrNothing;
        if (_allOrNothing && landed)
        {
            try
            {
                Land(_plan.Regions, _plan.Ties);
            }
            catch (RowRefusedException refusal)
            {
                // Rows planned apart can still clash as a whole (two places claiming one key); the batch is refused, not half-added.
                _tally.Refused(new RefusedRow(0, refusal.Reason, refusal.Message, refusal.Rule));
                landed = false;
            }
        }

        return _tally.Report(landed, _places.FromGazetteer, _places.SharedNames);
    }

    // A reader over a string can hold what no decoder would give; the core's name folding (NFKC) throws on it.
    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Starts a row: what it plans from here on is undone if it is refused.</summary>
    private void BeginRow()
    {
        _tally.RowRead();
        _plan.BeginRow();
        _places.ForgetRow();
    }

    private void Undo()
    {
        _plan.Undo();
        _places.ForgetRow();
    }

    /// <summary>Adds planned regions, all or none, then the ties: ids were checked, so an added tie cannot be refused after its regions landed.</summary>
    private void Land(List<Region> regions, List<Agreement> ties)
    {
        if (regions.Count > 0)
        {
            try
            {
                _register.Directory.AddRange(regions);
            }
            catch (DomainRuleException broken)
            {
                throw new RowRefusedException(RowRefusalReason.BrokenRule, broken.Message, broken.Rule);
            }

            _tally.Created(regions);
        }

        foreach (var tie in ties)
        {
            _register.AddDistinct(tie);
            _tally.TieCreated(tie);
        }
    }
}
