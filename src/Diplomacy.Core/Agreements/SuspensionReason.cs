namespace Diplomacy.Core.Agreements;

/// <summary>Why the exchanges under an agreement were suspended.</summary>
/// <remarks>The numeric values are not part of the contract; persist the member name.</remarks>
public enum SuspensionReason
{
    /// <summary>Another reason, told in the suspension's note.</summary>
    Other,

    /// <summary>A pandemic stopped the exchanges, as COVID-19 did from 2020.</summary>
    Pandemic,

    /// <summary>A political dispute between the parties or their countries.</summary>
    Political,
}
