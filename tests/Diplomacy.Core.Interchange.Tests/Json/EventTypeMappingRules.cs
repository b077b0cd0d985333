using System.Text.Json;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Interchange.Json.Documents;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Interchange.Tests.Json;

/// <summary>
/// Every event type of the core has a form in the register document, written and read back as the same event: the
/// core's types are found by reflection, so a new event that the document cannot carry fails here.
/// </summary>
public sealed class EventTypeMappingRules
{
    private static readonly AgreementId Tie = new("GG-SH-2025");

    [Theory]
    [MemberData(nameof(EveryAgreementEvent.Names), MemberType = typeof(EveryAgreementEvent))]
    public void Every_event_type_of_the_core_has_a_mapping_in_the_register_document(string type)
    {
        var regions = StoryRegister.Build().Directory;
        var shanghai = regions.Find(SubdivisionCode.Parse("CN-SH"))!;
        var change = EveryAgreementEvent.Of(type, Tie, shanghai);
        var facts = new AgreementFacts { Id = Tie, Parties = [regions.Find(SubdivisionCode.Parse("KR-41"))!, shanghai], History = [change] };

        var written = JsonSerializer.Serialize(ToDocument.Agreement(facts, distinct: false), DocumentOptions.Serializer);
        var read = FromDocument.Agreement(JsonSerializer.Deserialize<AgreementDocument>(written, DocumentOptions.Serializer)!, regions);

        read.History.Should().Equal(change);
    }
}
