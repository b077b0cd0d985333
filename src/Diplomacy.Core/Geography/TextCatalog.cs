using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Resources;

namespace Diplomacy.Core.Geography;

/// <summary>
/// The texts of an assembly's resources: English in <c>Texts.resx</c>, each shipped language in a <c>Texts.&lt;tag&gt;.resx</c>
/// embedded in the same assembly, and any other language in a satellite assembly a host adds. Found by a
/// <see cref="LanguageTag"/>'s name, never by a <see cref="CultureInfo"/> for the languages the assembly holds, so that a
/// host running with <c>InvariantGlobalization</c> (where the culture <c>ko</c> cannot be created) reads them too.
/// </summary>
/// <remarks>
/// A tag is looked up as RFC 4647 does (<c>ko-KR</c>, then <c>ko</c>), after the script CLDR's likely subtags give
/// Chinese when the tag names none (<c>zh</c> and <c>zh-CN</c> are <c>zh-Hans</c>; <c>zh-TW</c>, <c>zh-HK</c> and
/// <c>zh-MO</c> are <c>zh-Hant</c>); a text none of the chain holds is English. The shipped languages are embedded rather
/// than built as satellites because .NET finds a satellite only through a culture, which invariant globalization
/// lacks; a satellite added beside the assembly (<c>fr/Diplomacy.Core.resources.dll</c>) is read through
/// <see cref="ResourceManager"/> wherever the host can create its culture.
/// </remarks>
internal sealed class TextCatalog
{
    private const string Extension = ".resources";

    private readonly ResourceManager _manager;
    private readonly ResourceSet _neutral;
    private readonly FrozenDictionary<string, Lazy<ResourceSet>> _held;
    private readonly ConcurrentDictionary<string, ResourceSet?> _added = new(StringComparer.OrdinalIgnoreCase);

    internal TextCatalog(Assembly assembly, string baseName)
    {
        _manager = new ResourceManager(baseName, assembly);
        _neutral = Read(assembly, baseName + Extension);
        // English is Diplomacy.Core.Texts.resources, a language Diplomacy.Core.Texts.ko.resources: the tag lies between.
        var prefix = baseName + ".";
        _held = assembly.GetManifestResourceNames()
            .Where(name => name.Length > prefix.Length + Extension.Length && name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(Extension, StringComparison.Ordinal))
            .ToFrozenDictionary(
                name => name[prefix.Length..^Extension.Length],
                name => new Lazy<ResourceSet>(() => Read(assembly, name)),
                StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The core's texts.</summary>
    public static TextCatalog Core { get; } = new(typeof(TextCatalog).Assembly, "Diplomacy.Core.Texts");

    /// <summary>The languages the assembly itself holds beside English, by their tags.</summary>
    public IEnumerable<string> Languages => _held.Keys;

    /// <summary>The texts of the neutral resources: English.</summary>
    public ResourceSet Neutral => _neutral;

    /// <summary>A text in a language, or English when the language lacks it.</summary>
    /// <exception cref="MissingManifestResourceException">English lacks the text: a key misspelt in the code.</exception>
    public string Text(string key, LanguageTag language) =>
        Find(key, language) ?? throw new MissingManifestResourceException($"The texts have no '{key}'.");

    /// <summary>A text in a language, or English, or null when English lacks it too.</summary>
    public string? Find(string key, LanguageTag language)
    {
        foreach (var candidate in language.LookupOrder())
        {
            if (Language(candidate.Value)?.GetString(key) is { } text)
            {
                return text;
            }
        }

        return _neutral.GetString(key);
    }

    /// <summary>A composite format of the texts, filled with numbers and dates written the invariant way.</summary>
    public string Format(string key, LanguageTag language, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, Text(key, language), arguments);

    /// <summary>The texts of one language alone, without English under it: held by the assembly, or from a satellite; null when neither has it.</summary>
    public ResourceSet? Language(string name) =>
        _held.TryGetValue(name, out var held) ? held.Value : _added.GetOrAdd(name, FromSatellite);

    private ResourceSet? FromSatellite(string name)
    {
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            // Invariant globalization, or a tag .NET knows no culture for: no satellite can be found for it.
            return null;
        }

        // The neutral culture's set is English itself, which Find reads last anyway.
        return culture.Name.Length == 0 ? null : _manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
    }

    private static ResourceSet Read(Assembly assembly, string resource) =>
        new(assembly.GetManifestResourceStream(resource)
            ?? throw new MissingManifestResourceException($"The assembly {assembly.GetName().Name} holds no resource '{resource}'."));
}
