using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Reference;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>Small registers and imports the sheet tests share.</summary>
internal static class Sheets
{
    /// <summary>A register holding Gyeonggi and Korea, as an international-relations office starts.</summary>
    public static Register GyeonggiRegister()
    {
        var register = Register.Open();
        Catalog.AddTo(register.Directory, "KR-41");
        return register;
    }

    public static ImportReport Import(Register register, string sheet, SheetImportOptions? options = null) =>
        RegisterSheet.Import(register, new StringReader(sheet), options);

    public static ImportReport ImportPairs(Register register, string list, PairListOptions? options = null) =>
        PairList.Import(register, new StringReader(list), options);

    /// <summary>The ties of a register as comparable facts: the two parties' ids in order, the kind and the signing date as written.</summary>
    public static IEnumerable<string> Facts(Register register) =>
        register.Agreements.Select(a => $"{a.Id} {a.Parties[0].Region.Id} {a.Parties[1].Region.Id} {a.Kind} {a.SignedOn} [{string.Join(";", a.Fields)}] [{string.Join("|", a.Notes)}]");

    public static Region Held(Register register, string key) => register.Directory.Resolve(key)!;

    public static (int Regions, int Ties) Size(Register register) => (register.Directory.Count, register.Agreements.Count);

    public static AgreementKind KindOf(ImportReport report) => report.TiesCreated.Single().Kind;
}
