using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Sheets;

/// <summary>The ties an import knows (held by the register or created by earlier rows), folded by pair and kind, and the ids it gives new ones.</summary>
internal sealed class ImportTies(Register register)
{
    private readonly HashSet<AgreementId> _ids = [];
    private Dictionary<(RegionId, RegionId, AgreementKind), (AgreementId Id, RegionId First)>? _ties;

    /// <summary>The tie held between two regions with a kind, in either order, and the region it names first; <see langword="null"/> when there is none.</summary>
    public (AgreementId Id, RegionId First)? Held(Region first, Region second, AgreementKind kind) =>
        (_ties ??= HeldTies()).TryGetValue(KeyOf(first, second, kind), out var held) ? held : null;

    /// <summary>Records a tie a row created, so that later rows fold into it and no later id takes its own.</summary>
    public void Add(AgreementId id, Region first, Region second, AgreementKind kind)
    {
        (_ties ??= HeldTies()).Add(KeyOf(first, second, kind), (id, first.Id));
        _ids.Add(id);
    }

    /// <summary>The id a row gives (refused when taken), or one made of the two regions' ids and the kind, numbered when taken.</summary>
    public AgreementId IdFor(string given, Region first, Region second, AgreementKind kind)
    {
        if (given.Length > 0)
        {
            var id = new AgreementId(given);
            return Taken(id)
                ? throw new RowRefusedException(RowRefusalReason.IdTaken, $"The id '{given}' is already held by another agreement.")
                : id;
        }

        var stem = $"{first.Id.Value}~{second.Id.Value}~{kind}";
        var made = new AgreementId(stem);
        for (var n = 2; Taken(made); n++)
        {
            made = new AgreementId($"{stem}~{n}");
        }

        return made;
    }

    private bool Taken(AgreementId id) => _ids.Contains(id) || register.Find(id) is not null;

    private static (RegionId, RegionId, AgreementKind) KeyOf(Region first, Region second, AgreementKind kind) =>
        string.Compare(first.Id.Value, second.Id.Value, StringComparison.OrdinalIgnoreCase) <= 0
            ? (first.Id, second.Id, kind)
            : (second.Id, first.Id, kind);

    private Dictionary<(RegionId, RegionId, AgreementKind), (AgreementId Id, RegionId First)> HeldTies()
    {
        var ties = new Dictionary<(RegionId, RegionId, AgreementKind), (AgreementId Id, RegionId First)>();
        foreach (var agreement in register.Agreements)
        {
            if (agreement.Parties.Count == 2)
            {
                ties.TryAdd(KeyOf(agreement.Parties[0].Region, agreement.Parties[1].Region, agreement.Kind), (agreement.Id, agreement.Parties[0].Region.Id));
            }
        }

        return ties;
    }
}
