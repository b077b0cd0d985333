using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;
using NodaTime.Text;

namespace Diplomacy.Core.Web.Storage.Database;

/// <summary>A local date and time as ISO text (<c>2025-09-25T15:00:00</c>, a fraction only when there is one), which sorts as time does.</summary>
internal sealed class LocalDateTimeAsIsoText() : ValueConverter<LocalDateTime, string>(
    time => LocalDateTimePattern.ExtendedIso.Format(time),
    text => LocalDateTimePattern.ExtendedIso.Parse(text).Value);
