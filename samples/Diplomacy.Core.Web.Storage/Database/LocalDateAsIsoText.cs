using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy.Core.Web.Storage.Database;

/// <summary>A date as ISO text (<c>2025-09-25</c>): for the years a register holds, text order is date order.</summary>
internal sealed class LocalDateAsIsoText() : ValueConverter<LocalDate, string>(
    date => LocalDatePattern.Iso.Format(date),
    text => LocalDatePattern.Iso.Parse(text).Value);
