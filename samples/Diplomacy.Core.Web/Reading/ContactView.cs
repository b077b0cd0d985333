using Diplomacy.Core.Agreements;
using Diplomacy.Core.Web.Language;

namespace Diplomacy.Core.Web.Reading;

/// <summary>A contact person a tie designates, for a party and maybe a field.</summary>
public sealed record ContactView(string Name, string? Title, RegionView Party, string? Field)
{
    public static ContactView Of(ContactPerson contact, Texts texts) =>
        new(contact.Name, contact.Title, RegionView.Of(contact.Party, texts), contact.Field is { } field ? texts.Field(field) : null);
}
