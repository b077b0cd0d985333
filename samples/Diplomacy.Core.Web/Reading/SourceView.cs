using Diplomacy.Core.Agreements;

namespace Diplomacy.Core.Web.Reading;

/// <summary>A source a fact rests on: a citation, a link, or both.</summary>
public sealed record SourceView(string? Citation, Uri? Url)
{
    public static SourceView Of(SourceReference source) => new(source.Citation, source.Url);
}
