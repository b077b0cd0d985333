using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using NodaTime;

namespace Diplomacy.Core.Web.Storage.Tests.Fixtures;

/// <summary>The writes the host tests make on the seed register, and how they find its regions.</summary>
internal static class SeedWrites
{
    /// <summary>The id of the Beijing MOU that <see cref="SignBeijing"/> records.</summary>
    public static AgreementId Beijing { get; } = new("GG-BJ-MOU");

    /// <summary>Records the MOU with Beijing the story lacks, signed on 20 September 2025.</summary>
    public static int SignBeijing(RegisterEdit edit)
    {
        edit.Register.Add(Agreement.Sign(
            Beijing, AgreementKind.CooperationMemorandum, [Region(edit.Register, "KR-41"), Region(edit.Register, "CN-BJ")],
            new LocalDate(2025, 9, 20), title: "Gyeonggi Province–Beijing MOU"));
        return 0;
    }

    /// <summary>The register's region of that id; a missing one fails the test at once.</summary>
    public static Region Region(Register register, string id) =>
        register.Directory.TryGet(new RegionId(id), out var region) ? region : throw new InvalidOperationException(id);
}
