using Diplomacy.Core.Geography;

namespace Diplomacy.Core.Sheets;

/// <summary>A row whose two sides are the same region. It added nothing (a region cannot be tied to itself) and stopped nothing.</summary>
/// <param name="Line">The row's line number, counting from 1.</param>
/// <param name="Region">The region both sides name.</param>
public sealed record SelfTieRow(int Line, Region Region);
