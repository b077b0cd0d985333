namespace Diplomacy.Core.Calendar;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Nothing is known of the date. This is the <c>default</c>.</summary>
    Unknown,

    /// <summary>The exact day is known.</summary>
    Day,

    /// <summary>Only the year and month are known (registers that record "September 2025").</summary>
    Month,

    /// <summary>Only the year is known.</summary>
    Year,

    /// <summary>Only a latest possible day is known (Wikidata's "latest date").</summary>
    OnOrBefore,

    /// <summary>Only an earliest possible day is known (Wikidata's "earliest date").</summary>
    OnOrAfter,

    /// <summary>Both an earliest and a latest possible day are known, and they differ.</summary>
    Between,
}
