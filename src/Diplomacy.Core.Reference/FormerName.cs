using Diplomacy.Core.Geography;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy.Core.Reference;

/// <summary>
/// A name a region bore before it was renamed, with the day the new name took effect: 강원도 (<c>ko</c>) ended on
/// 2023-06-11, when KR-42 became 강원특별자치도.
/// </summary>
/// <param name="Name">The former name, in its language.</param>
/// <param name="EndedOn">The day the name stopped being the region's: the first day of the name that replaced it
/// (as Wikidata's "end time" of an official name), so the name was in use on every day before it.</param>
/// <remarks>Found with <see cref="Catalog.FormerNamesOf"/>; <see cref="Catalog.FindByName"/> finds a region by them
/// too, so that a sheet from 2020 naming 강원도 still finds KR-42.</remarks>
public sealed record FormerName(LocalizedName Name, LocalDate EndedOn)
{
    /// <summary>Whether the region bore this name on a day: every day before <see cref="EndedOn"/>.</summary>
    /// <param name="day">The day, for example the day a tie was signed.</param>
    /// <returns><see langword="true"/> when the day is before the day the name ended.</returns>
    public bool WasInUseOn(LocalDate day) => day < EndedOn;

    /// <summary>The name, its language and the day it ended.</summary>
    /// <returns>For example <c>강원도 (ko, until 2023-06-11)</c>.</returns>
    public override string ToString() => $"{Name.Text} ({Name.Language}, until {LocalDatePattern.Iso.Format(EndedOn)})";
}
