using Diplomacy.Core.Agreements;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Web.Seed;
using Diplomacy.Core.Web.Storage.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Diplomacy.Core.Web.Storage.Tests.Storage;

/// <summary>A commit is one transaction: what the database refuses in any part of a change leaves none of it stored.</summary>
public sealed class StoreTransactionRules : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void A_change_the_database_refuses_in_part_is_stored_not_at_all()
    {
        var store = _database.OpenStore();
        var seed = SeedRegister.Build();
        SqliteRoundTrip.StoreAndLoad(store, seed);
        var before = store.Load();
        var china = seed.Directory.Regions.Single(region => region.Id.Value == "CN");
        var harbin = Region.CreatePlace(new RegionId("CN-HARBIN"), AdministrativeKind.City, RegionNames.Of("en", "Harbin"), china);
        var unstored = Region.CreatePlace(new RegionId("CN-NOWHERE"), AdministrativeKind.City, RegionNames.Of("en", "Nowhere"), china);
        var tie = Agreement.Sign(new AgreementId("HARBIN-NOWHERE"), AgreementKind.Friendship, [harbin, unstored], new LocalDate(2024, 1, 1));

        FluentActions.Invoking(() => store.Commit(new RegisterChange { RegionsAdded = [harbin], AgreementsAdded = [tie] }))
            .Should().Throw<DbUpdateException>("the tie names a region the database does not hold");

        store.Load().Should().Be(before, "the region added in the same change was rolled back with it");
    }

    [Fact]
    public void A_change_to_an_agreement_that_was_never_stored_is_refused_and_stores_nothing()
    {
        var store = _database.OpenStore();
        var seed = SeedRegister.Build();
        SqliteRoundTrip.StoreAndLoad(store, seed);
        var before = store.Load();
        var stored = seed.Agreements[0];
        var stranger = Agreement.Sign(
            new AgreementId("NEVER-STORED"), AgreementKind.Friendship, [stored.Parties[0].Region, stored.Parties[1].Region], new LocalDate(1990, 1, 1));
        stored.AddNote("A note that must not be stored alone.");

        FluentActions.Invoking(() => store.Commit(new RegisterChange { AgreementsChanged = [stored, stranger] }))
            .Should().Throw<InvalidOperationException>();

        store.Load().Should().Be(before);
    }
}
