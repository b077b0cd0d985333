using NodaTime;

namespace Diplomacy.Core.Web.Reading;

/// <summary>An anniversary of the signing: which one, and the day it falls on.</summary>
public sealed record AnniversaryView(int Number, LocalDate Date);
