namespace Diplomacy.Core.Web.Writing;

/// <summary>What an uploaded file holds.</summary>
public enum ImportFormat
{
    /// <summary>A register sheet: a header naming home, partner, countries, kind, date, fields, notes (CSV or TSV).</summary>
    RegisterSheet,

    /// <summary>A pair list: two place ids or names a row, as the Wikidata twinning crawl gives them.</summary>
    PairList,
}
