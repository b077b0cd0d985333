using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Sheets;

/// <summary>
/// The ties an import knows (held by the register or created by earlier rows), filed by pair and kind so that a row is
/// compared only with the ties it could repeat, and the ids it gives new ones. Whether a row repeats one is the core's
/// one definition, <see cref="Agreement.IsLikelyDuplicateOf"/>.
/// </summary>
internal sealed class ImportTies(Register register)
{
    private readonly HashSet<AgreementId> _ids = [];
    private Dictionary<(RegionId, RegionId, AgreementKind), List<(Agreement Tie, RegionId First)>>? _ties;

    /// <summary>The tie a row's agreement likely repeats, and the region that tie names first; <see langword="null"/> when it repeats none.</summary>
    public (Agreement Tie, RegionId First)? Repeated(Agreement candidate, Region first, Region second)
    {
        if ((_ties ??= HeldTies()).TryGetValue(KeyOf(first, second, candidate.Kind), out var held))
        {
            foreach (var tie in held)
            {
                if (candidate.IsLikelyDuplicateOf(tie.Tie))
                {
                    return tie;
                }
            }
        }

        return null;
    }

    /// <summary>Records a tie a row created, so that later rows fold into it and no later id takes its own.</summary>
    public void Add(Agreement tie, Region first, Region second)
    {
        File(_ties ??= HeldTies(), KeyOf(first, second, tie.Kind), tie, first.Id);
        _ids.Add(tie.Id);
    }

    /// <summary>The id a row gives, or one made of the two regions' ids and the kind, numbered when taken.</summary>
    public AgreementId IdFor(string given, Region first, Region second, AgreementKind kind)
    {
        if (given.Length > 0)
        {
            return new AgreementId(given);
        }

        var stem = $"{first.Id.Value}~{second.Id.Value}~{kind}";
        var made = new AgreementId(stem);
        for (var n = 2; Taken(made); n++)
        {
            made = new AgreementId($"{stem}~{n}");
        }

        return made;
    }

    /// <summary>
    /// Refuses the row when its id is held by another agreement (only an id the sheet gives can be: a made one is numbered
    /// until free); asked only once the row is known to be no duplicate, so that a sheet exported with its ids imports
    /// again as duplicates.
    /// </summary>
    public void EnsureFree(AgreementId id)
    {
        if (Taken(id))
        {
            throw new RowRefusedException(RowRefusalReason.IdTaken, $"The id '{id.Value}' is already held by another agreement.");
        }
    }

    private bool Taken(AgreementId id) => _ids.Contains(id) || register.Find(id) is not null;

    private static (RegionId, RegionId, AgreementKind) KeyOf(Region first, Region second, AgreementKind kind) =>
        string.Compare(first.Id.Value, second.Id.Value, StringComparison.OrdinalIgnoreCase) <= 0
            ? (first.Id, second.Id, kind)
            : (second.Id, first.Id, kind);

    private static void File(
        Dictionary<(RegionId, RegionId, AgreementKind), List<(Agreement Tie, RegionId First)>> ties,
        (RegionId, RegionId, AgreementKind) key,
        Agreement tie,
        RegionId first)
    {
        if (!ties.TryGetValue(key, out var filed))
        {
            ties[key] = filed = [];
        }

        filed.Add((tie, first));
    }

    private Dictionary<(RegionId, RegionId, AgreementKind), List<(Agreement Tie, RegionId First)>> HeldTies()
    {
        var ties = new Dictionary<(RegionId, RegionId, AgreementKind), List<(Agreement Tie, RegionId First)>>();
        foreach (var agreement in register.Agreements)
        {
            if (agreement.Parties.Count == 2)
            {
                File(ties, KeyOf(agreement.Parties[0].Region, agreement.Parties[1].Region, agreement.Kind), agreement, agreement.Parties[0].Region.Id);
            }
        }

        return ties;
    }
}
