using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Interchange.Wikidata;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Interchange.Tests.Wikidata;

/// <summary>Places with Wikidata ids and ties between them, for the QuickStatements tests.</summary>
internal static class Twinnings
{
    public static Region Place(string wikidataId, string name) =>
        Region.CreatePlace(RegionId.For(WikidataId.Parse(wikidataId)), AdministrativeKind.City, RegionNames.Of("en", name), null, "UTC", WikidataId.Parse(wikidataId));

    public static Region Unidentified(string name) =>
        Region.CreatePlace(new RegionId(name), AdministrativeKind.City, RegionNames.Of("en", name), null, "UTC");

    /// <summary>A register holding the regions and one tie of each kind given between the first two.</summary>
    public static Register With(params Agreement[] ties)
    {
        var register = Register.Open();
        foreach (var region in ties.SelectMany(tie => tie.Parties).Select(party => party.Region).Distinct())
        {
            register.Directory.Add(region);
        }

        foreach (var tie in ties)
        {
            register.Add(tie);
        }

        return register;
    }

    public static Agreement Tie(string id, AgreementKind kind, PartialDate signedOn, params Region[] parties) =>
        Agreement.Sign(new AgreementId(id), kind, parties.Select(Party.FromRegion), signedOn);

    public static (QuickStatementsExport Export, string[] Lines) Export(Register register)
    {
        var text = new StringWriter();
        var export = QuickStatements.Export(register, text);
        return (export, text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
