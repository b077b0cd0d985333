using CsCheck;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Seed;
using Diplomacy.Core.Web.Storage.Tests.Fixtures;

namespace Diplomacy.Core.Web.Storage.Tests.Storage;

/// <summary>A register stored in SQLite and rebuilt from its tables answers every question as the one stored.</summary>
public sealed class SqliteRoundTrip
{
    [Fact]
    public void The_seed_story_rebuilt_from_SQLite_answers_every_question_as_the_one_stored()
    {
        var original = SeedRegister.Build();
        using var database = new TemporaryDatabase();

        var loaded = StoreAndLoad(database.OpenStore(), original);

        loaded.ShouldAnswerAs(original);
    }

    [Fact]
    public void A_register_that_uses_every_fact_rebuilt_from_SQLite_answers_every_question_as_the_one_stored()
    {
        var original = StoryRegister.Build();
        using var database = new TemporaryDatabase();

        var loaded = StoreAndLoad(database.OpenStore(), original);

        loaded.ShouldAnswerAs(original);
    }

    [Fact]
    public void Every_random_register_rebuilt_from_SQLite_answers_every_question_as_the_one_stored()
    {
        RandomRegister.Gen.Sample(
            original =>
            {
                using var database = new TemporaryDatabase();
                StoreAndLoad(database.OpenStore(), original).ShouldAnswerAs(original);
            },
            iter: PropertySamples.Of(40),
            threads: 1);
    }

    internal static Register StoreAndLoad(IRegisterStore store, Register original)
    {
        store.Load();
        store.Commit(new RegisterChange
        {
            RegionsAdded = original.Directory.Regions,
            AgreementsAdded = original.Agreements,
            DistinctTies = original.ToFacts().DistinctTies,
            DelegationsAdded = original.Delegations.Delegations,
        });
        return Register.Rebuild(store.Load());
    }
}
