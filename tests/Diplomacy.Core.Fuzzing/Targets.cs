using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Fuzzing;

/// <summary>
/// Every fuzz target, by name. Adding a parser is one line here and a folder of seeds under <c>corpus/</c>; the
/// documented refusal each target tolerates is written in the method it calls.
/// </summary>
internal static class Targets
{
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        FuzzTarget.ForText("partial-date", CoreParsers.PartialDateText),
        FuzzTarget.ForText("language-tag", CoreParsers.LanguageTagText),
        FuzzTarget.ForText("country-code", text => Expect.ParsedAlike(text, CountryCode.Parse, CountryCode.TryParse, "code")),
        FuzzTarget.ForText("subdivision-code", text => Expect.ParsedAlike(text, SubdivisionCode.Parse, SubdivisionCode.TryParse, "code")),
        FuzzTarget.ForText("wikidata-id", text => Expect.ParsedAlike(text, WikidataId.Parse, WikidataId.TryParse, "id")),
        FuzzTarget.ForAnyString("region-name", CoreParsers.RegionNames),
        FuzzTarget.ForText("region-id", text => CoreParsers.Key(text, value => new RegionId(value), key => key.Value)),
        FuzzTarget.ForText("agreement-id", text => CoreParsers.Key(text, value => new AgreementId(value), key => key.Value)),
        FuzzTarget.ForText("delegation-id", text => CoreParsers.Key(text, value => new DelegationId(value), key => key.Value)),
        new FuzzTarget("register-document", InterchangeParsers.RegisterDocumentJson),
        FuzzTarget.ForText("register-sheet", SheetParsers.RegisterSheetText),
        FuzzTarget.ForText("pair-list", SheetParsers.PairListText),
        FuzzTarget.ForText("written-date", SheetParsers.WrittenDate),
        new FuzzTarget("register-sheet-bytes", SheetParsers.RegisterSheetBytes),
        new FuzzTarget("register-workbook", SheetParsers.RegisterWorkbookBytes),
    ];
}
