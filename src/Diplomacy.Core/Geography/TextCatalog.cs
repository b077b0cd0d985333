using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Runtime.Loader;

namespace Diplomacy.Core.Geography;

/// <summary>
/// The texts of an assembly's resources (<c>Texts.resx</c>, English, and one satellite assembly a language), found by
/// a <see cref="LanguageTag"/>'s name and never by a <see cref="CultureInfo"/>: a host running with
/// <c>InvariantGlobalization</c> cannot create the culture <c>ko</c>, and would otherwise get English.
/// </summary>
/// <remarks>
/// A tag is looked up as RFC 4647 does (<c>ko-KR</c>, then <c>ko</c>), after the script CLDR's likely subtags give
/// Chinese when the tag names none (<c>zh</c> and <c>zh-CN</c> are <c>zh-Hans</c>; <c>zh-TW</c>, <c>zh-HK</c> and
/// <c>zh-MO</c> are <c>zh-Hant</c>); a text no satellite of the chain holds is English. The satellites are the
/// directories beside the assembly holding its <c>.resources.dll</c>, read once, so that a language is added by
/// adding a satellite; where the assembly has no directory (a single-file bundle, Native AOT) the satellites are the
/// shipped languages, read through <see cref="ResourceManager"/> as far as the host can create their cultures.
/// </remarks>
internal sealed class TextCatalog
{
    private readonly string _baseName;
    private readonly ResourceSet _neutral;
    private readonly FrozenDictionary<string, Lazy<ResourceSet?>> _satellites;

    internal TextCatalog(Assembly assembly, string baseName, string? directory, IEnumerable<string> shipped)
    {
        _baseName = baseName;
        _neutral = Read(assembly, $"{baseName}.resources")!;
        var satelliteFile = assembly.GetName().Name + ".resources.dll";
        _satellites = string.IsNullOrEmpty(directory)
            ? shipped.ToFrozenDictionary(name => name, name => new Lazy<ResourceSet?>(() => FromManager(assembly, name)), StringComparer.OrdinalIgnoreCase)
            : Directory.EnumerateDirectories(directory)
                .Where(folder => File.Exists(Path.Combine(folder, satelliteFile)))
                .ToFrozenDictionary(folder => Path.GetFileName(folder)!, folder => new Lazy<ResourceSet?>(() => FromFile(assembly, Path.Combine(folder, satelliteFile))), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The core's texts.</summary>
    public static TextCatalog Core { get; } = new(
        typeof(TextCatalog).Assembly,
        "Diplomacy.Core.Texts",
        DirectoryOf(typeof(TextCatalog).Assembly),
        TextLanguages.Shipped.Select(language => language.Value));

    /// <summary>The satellites found, by name.</summary>
    public IEnumerable<string> Satellites => _satellites.Keys;

    /// <summary>A text in a language, or English when the language's satellites lack it.</summary>
    /// <exception cref="MissingManifestResourceException">English lacks the text: a key misspelt in the code.</exception>
    public string Text(string key, LanguageTag language) =>
        Find(key, language) ?? throw new MissingManifestResourceException($"The texts have no '{key}'.");

    /// <summary>A text in a language, or English, or null when English lacks it too.</summary>
    public string? Find(string key, LanguageTag language)
    {
        for (LanguageTag? tag = WithLikelyScript(language); tag is { } candidate; tag = candidate.Parent)
        {
            if (_satellites.TryGetValue(candidate.Value, out var satellite) && satellite.Value?.GetString(key) is { } text)
            {
                return text;
            }
        }

        return _neutral.GetString(key);
    }

    /// <summary>A composite format of the texts, filled with numbers and dates written the invariant way.</summary>
    public string Format(string key, LanguageTag language, params object?[] arguments) =>
        string.Format(CultureInfo.InvariantCulture, Text(key, language), arguments);

    /// <summary>The texts of one satellite alone, without English under it; null for a language with no satellite.</summary>
    public ResourceSet? Satellite(string name) => _satellites.TryGetValue(name, out var satellite) ? satellite.Value : null;

    /// <summary>The texts of the neutral resources: English.</summary>
    public ResourceSet Neutral => _neutral;

    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "An empty location (a single-file bundle) is what sends the catalog to ResourceManager instead of to files.")]
    private static string? DirectoryOf(Assembly assembly) => Path.GetDirectoryName(assembly.Location);

    private static LanguageTag WithLikelyScript(LanguageTag language)
    {
        var subtags = language.Value.Split('-');
        if (subtags[0] != "zh" || (subtags.Length > 1 && subtags[1].Length == 4))
        {
            return language;
        }

        var script = subtags.Length > 1 && subtags[1] is "TW" or "HK" or "MO" ? "Hant" : "Hans";
        return LanguageTag.Parse(string.Join('-', [subtags[0], script, .. subtags[1..]]));
    }

    private ResourceSet? FromManager(Assembly assembly, string name)
    {
        try
        {
            return new ResourceManager(_baseName, assembly).GetResourceSet(CultureInfo.GetCultureInfo(name), createIfNotExists: true, tryParents: false);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "A satellite assembly holds resources only, no code that trimming could have removed; read only where the assembly has a directory, never in Native AOT.")]
    private ResourceSet? FromFile(Assembly assembly, string path)
    {
        // Loaded by its path, not by an AssemblyName with its culture: that name needs a CultureInfo too.
        var satellite = (AssemblyLoadContext.GetLoadContext(assembly) ?? AssemblyLoadContext.Default).LoadFromAssemblyPath(path);
        var folder = Path.GetFileName(Path.GetDirectoryName(path))!;
        return Read(satellite, $"{_baseName}.{folder}.resources");
    }

    private static ResourceSet? Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource);
        return stream is null ? null : new ResourceSet(stream);
    }
}
