using CsCheck;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;
using Diplomacy.Core.Web.Seed;
using Diplomacy.Core.Web.Storage.Tests.Fixtures;

namespace Diplomacy.Core.Web.Storage.Tests.Storage;

/// <summary>A register stored in PostgreSQL, through the same model and its own migrations, answers every question as the one stored.</summary>
public sealed class PostgreSqlRoundTrip(PostgreSqlServer server) : IClassFixture<PostgreSqlServer>
{
    [Fact]
    public void The_seed_story_rebuilt_from_PostgreSQL_answers_every_question_as_the_one_stored()
    {
        var original = SeedRegister.Build();

        var loaded = SqliteRoundTrip.StoreAndLoad(DatabaseRegisterStore.PostgreSql(server.CreateDatabase()), original);

        loaded.ShouldAnswerAs(original);
    }

    [Fact]
    public void A_register_that_uses_every_fact_rebuilt_from_PostgreSQL_answers_every_question_as_the_one_stored()
    {
        var original = StoryRegister.Build();

        var loaded = SqliteRoundTrip.StoreAndLoad(DatabaseRegisterStore.PostgreSql(server.CreateDatabase()), original);

        loaded.ShouldAnswerAs(original);
    }

    [Fact]
    public void Every_random_register_rebuilt_from_PostgreSQL_answers_every_question_as_the_one_stored()
    {
        server.Require();
        RandomRegister.Gen.Sample(
            original => SqliteRoundTrip.StoreAndLoad(DatabaseRegisterStore.PostgreSql(server.CreateDatabase()), original).ShouldAnswerAs(original),
            iter: PropertySamples.Of(20),
            threads: 1);
    }
}
