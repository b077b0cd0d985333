using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Statistics;

/// <summary>The words of the statistics, from the core's texts (<see cref="TextLanguages"/>).</summary>
internal static class StatisticsText
{
    public const string OutOfKinds = "OutOfKinds";

    public static string Title(StatisticsGrouping grouping, LanguageTag language) => TextCatalog.Core.Text($"Grouping.{grouping}", language);

    public static string Unassigned(LanguageTag language) => TextCatalog.Core.Text("Statistics.Unassigned", language);

    public static string Ties(int count, LanguageTag language) =>
        TextCatalog.Core.Format(count == 1 ? "Statistics.Ties.One" : "Statistics.Ties.Other", language, count);

    public static string Label(StatisticsGrouping grouping, string key, IReadOnlyDictionary<string, Region> regions, LanguageTag language)
    {
        if (regions.TryGetValue(key, out var region))
        {
            return region.Names.In(language).Text;
        }

        return grouping switch
        {
            StatisticsGrouping.Kind => TextCatalog.Core.Find($"Kind.{key}", language) ?? key,
            StatisticsGrouping.DecadeSigned when key.EndsWith('s') => TextCatalog.Core.Format("Statistics.Decade", language, key[..^1]),
            StatisticsGrouping.Ending => Ending(key, language),
            _ => key,
        };
    }

    public static string Kind(AgreementKind kind, LanguageTag language) => TextCatalog.Core.Text($"Kind.{kind}", language);

    /// <summary>A kind of ending (<see cref="AgreementStatus.Expired"/>, …, or <see cref="OutOfKinds"/>) in words; the key itself when it is none.</summary>
    public static string Ending(string key, LanguageTag language) => TextCatalog.Core.Find($"Ending.{key}", language) ?? key;
}
