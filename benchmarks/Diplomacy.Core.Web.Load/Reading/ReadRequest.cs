namespace Diplomacy.Core.Web.Load.Reading;

/// <summary>One thing a reader asks, by name, and what its answer must contain to be right.</summary>
/// <param name="Name">The name its latencies are kept under.</param>
/// <param name="PathAndQuery">What is requested.</param>
/// <param name="MustContain">Text the answer holds when it is right.</param>
internal sealed record ReadRequest(string Name, string PathAndQuery, string MustContain)
{
    /// <summary>
    /// The pages and API answers readers ask for, with the seed's counts: Gyeonggi's coverage of China's
    /// municipalities on the 26th (3 of 4) and the 24th (2 of 4), its ties, and the editor's latest acknowledged tie.
    /// </summary>
    public static IReadOnlyList<ReadRequest> Rotation(string? lastAcknowledged) =>
    [
        new("read: coverage page (en)", "/coverage?date=2025-09-26&lang=en", "data-count=\"3\""),
        new("read: coverage page (ko)", "/coverage?date=2025-09-24&lang=ko", "data-count=\"2\""),
        new("read: ties page", "/?date=2025-09-26&lang=en", "GG-SH-MOU-2025"),
        new("read: GET /api/coverage", "/api/coverage?home=KR-41&date=2025-09-26", "\"count\":3"),
        new("read: GET /api/regions/{home}/ties", "/api/regions/KR-41/ties?date=2025-09-26", "GG-SH-MOU-2025"),
        lastAcknowledged is null
            ? new("read: GET /api/ties/{id}", "/api/ties/GG-SH-MOU-2025", "\"id\":\"GG-SH-MOU-2025\"")
            : new("read: GET /api/ties/{id}", $"/api/ties/{lastAcknowledged}", $"\"id\":\"{lastAcknowledged}\""),
    ];
}
