namespace Diplomacy.Core.Places;

/// <summary>
/// The government a populated place is the seat of, from its GeoNames feature code; the order of the values is
/// the order in which a shared name prefers them (<see cref="Gazetteer.Choose"/>).
/// </summary>
public enum PlaceRole
{
    /// <summary>The country's capital (GeoNames <c>PPLC</c>).</summary>
    Capital,

    /// <summary>The seat of government where it is not the capital (<c>PPLG</c>).</summary>
    SeatOfGovernment,

    /// <summary>The seat of a first-level division, such as a province's capital (<c>PPLA</c>).</summary>
    FirstLevelSeat,

    /// <summary>The seat of a second-level division, such as a county seat (<c>PPLA2</c>).</summary>
    SecondLevelSeat,

    /// <summary>The seat of a third-, fourth- or fifth-level division (<c>PPLA3</c>, <c>PPLA4</c>, <c>PPLA5</c>).</summary>
    LowerSeat,

    /// <summary>No seat: any other populated place (<c>PPL</c>, <c>PPLX</c>, <c>PPLL</c> and the rest).</summary>
    None,
}
