using CsCheck;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Tests.Coverage;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Portfolio;

/// <summary>A register stored as facts and rebuilt answers every question as the original did, and gives back the same facts.</summary>
public sealed class RegisterRebuildProperties
{
    [Fact]
    public void A_rebuilt_register_answers_every_question_as_the_one_stored()
    {
        RandomRegister.Gen.Sample(
            random =>
            {
                var original = random.Build();

                var rebuilt = Register.Rebuild(original.ToFacts());

                rebuilt.Directory.Regions.Should().Equal(original.Directory.Regions);
                Ids(rebuilt.Agreements).Should().Equal(Ids(original.Agreements));
                var window = new DateInterval(RandomRegister.Origin, RandomRegister.Origin.PlusYears(12));
                foreach (var home in RandomRegister.Regions)
                {
                    Ids(rebuilt.TiesOf(home, includeSubregions: true)).Should().Equal(Ids(original.TiesOf(home, includeSubregions: true)));
                    rebuilt.AnniversariesIn(home, window).Select(row => (row.Agreement.Id, row.Number, row.FallsOn))
                        .Should().Equal(original.AnniversariesIn(home, window).Select(row => (row.Agreement.Id, row.Number, row.FallsOn)));
                    rebuilt.TermsEndingIn(home, window).Select(row => (row.Agreement.Id, row.LastDay))
                        .Should().Equal(original.TermsEndingIn(home, window).Select(row => (row.Agreement.Id, row.LastDay)));
                }

                foreach (var date in RandomRegister.DaysToAsk(original))
                {
                    Members(rebuilt.Coverage(random.HomeRegion, random.Cohort, date, random.Criteria))
                        .Should().Equal(Members(original.Coverage(random.HomeRegion, random.Cohort, date, random.Criteria)));
                    rebuilt.StatisticsOn(random.HomeRegion, date, random.Criteria).ToString()
                        .Should().Be(original.StatisticsOn(random.HomeRegion, date, random.Criteria).ToString());
                    rebuilt.PartnersOn(random.HomeRegion, date).Should().Equal(original.PartnersOn(random.HomeRegion, date));
                }
            },
            iter: PropertySamples.Of(200));
    }

    [Fact]
    public void The_facts_of_a_rebuilt_register_equal_the_facts_it_was_rebuilt_from()
    {
        RandomRegister.Gen.Sample(
            random =>
            {
                var facts = random.Build().ToFacts();

                Register.Rebuild(facts).ToFacts().Should().Be(facts);
            },
            iter: PropertySamples.Of(200));
    }

    private static IEnumerable<AgreementId> Ids(IEnumerable<Agreement> agreements) => agreements.Select(agreement => agreement.Id);

    private static IEnumerable<(object Member, Core.Coverage.CoverageOutcome Outcome, string Agreements)> Members(Core.Coverage.CoverageResult coverage) =>
        coverage.Members.Select(member => ((object)member.Member.Key, member.Outcome, string.Join(",", member.Agreements.Select(agreement => agreement.Id))));
}
