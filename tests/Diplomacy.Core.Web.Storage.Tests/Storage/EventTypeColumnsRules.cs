using Diplomacy.Core.Agreements;
using Diplomacy.Core.Sample;
using Diplomacy.Core.Tests.Fixtures;
using Diplomacy.Core.Web.Storage.Database;

namespace Diplomacy.Core.Web.Storage.Tests.Storage;

/// <summary>
/// Every event type of the core has columns in the register's tables, written to its row and read back as the same
/// event: the core's types are found by reflection, so a new event that the store cannot keep fails here.
/// </summary>
public sealed class EventTypeColumnsRules
{
    private static readonly AgreementId Tie = new("GG-SH-2025");

    [Theory]
    [MemberData(nameof(EveryAgreementEvent.Names), MemberType = typeof(EveryAgreementEvent))]
    public void Every_event_type_of_the_core_has_a_mapping_in_the_register_tables(string type)
    {
        var places = new Places();
        var change = EveryAgreementEvent.Of(type, Tie, places.Shanghai);

        var row = FactRows.Event(Tie.Value, 0, change, retracted: false);
        var read = StoredFacts.Event(Tie, row, id => id == places.Shanghai.Id.Value ? places.Shanghai : throw new KeyNotFoundException(id));

        read.Should().Be(change);
    }
}
