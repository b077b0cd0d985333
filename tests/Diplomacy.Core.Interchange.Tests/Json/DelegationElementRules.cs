using System.Text.Json;
using System.Text.Json.Nodes;
using Diplomacy.Core.Interchange.Json;
using Diplomacy.Core.Interchange.Tests.Json.Fixtures;

namespace Diplomacy.Core.Interchange.Tests.Json;

/// <summary>
/// A delegation names regions written before it and agreements held before it; a signing names either an agreement or
/// a title and parties. A delegation that breaks this is refused at the item at fault (its home, a stop, an
/// engagement, a commitment), saying what it names.
/// </summary>
public sealed class DelegationElementRules
{
    private static RegisterDocumentException Refusal(Action<JsonObject> change) => Documents.Refusal(Documents.StoryWith(change));

    private static JsonObject Visit(JsonObject tree) => tree["delegations"]![0]!.AsObject();

    private static JsonObject Engagement(JsonObject tree, int stop, int engagement) =>
        Visit(tree)["stops"]![stop]!["engagements"]![engagement]!.AsObject();

    [Theory]
    [InlineData("home", "$.delegations[0].home")]
    [InlineData("origin of the return visit", "$.delegations[1].origin")]
    [InlineData("place of the second stop", "$.delegations[0].stops[1].place")]
    [InlineData("party of the second signing", "$.delegations[0].stops[1].engagements[1].parties[1]")]
    [InlineData("debtor of the third commitment", "$.delegations[0].commitments[2].owedBy")]
    [InlineData("creditor of the second commitment", "$.delegations[0].commitments[1].owedTo")]
    public void A_region_not_written_before_the_delegation_is_refused_at_the_item_that_names_it(string item, string path)
    {
        var refusal = Refusal(tree =>
        {
            var visit = Visit(tree);
            switch (item)
            {
                case "home": visit["home"] = "JP-13"; break;
                case "origin of the return visit": tree["delegations"]![1]!["origin"] = "JP-13"; break;
                case "place of the second stop": visit["stops"]![1]!["place"] = "JP-13"; break;
                case "party of the second signing": Engagement(tree, 1, 1)["parties"]![1] = "JP-13"; break;
                case "debtor of the third commitment": visit["commitments"]![2]!["owedBy"] = "JP-13"; break;
                default: visit["commitments"]![1]!["owedTo"] = "JP-13"; break;
            }
        });

        refusal.Path.Should().Be(path);
        refusal.Message.Should().Contain("The region JP-13 is not among the regions written before it");
        refusal.InnerException.Should().BeOfType<JsonException>();
    }

    [Fact]
    public void A_signing_naming_an_agreement_the_document_does_not_hold_before_it_is_refused_at_that_name()
    {
        var refusal = Refusal(tree => Engagement(tree, 1, 0)["agreement"] = "GG-OS-2026");

        refusal.Path.Should().Be("$.delegations[0].stops[1].engagements[0].agreement");
        refusal.Message.Should().Contain("The signing names the agreement GG-OS-2026, which the document does not hold before it");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_signing_naming_both_an_agreement_and_a_title_or_neither_is_refused_at_the_signing(bool both)
    {
        var refusal = Refusal(tree =>
        {
            var signing = Engagement(tree, 1, 0);
            if (both)
            {
                signing["title"] = "Youth exchange letter";
                signing["parties"] = new JsonArray("KR-41", "CN-SH");
            }
            else
            {
                signing.Remove("agreement");
            }
        });

        refusal.Path.Should().Be("$.delegations[0].stops[1].engagements[0]");
        refusal.Message.Should().Contain("A signing names either an agreement of the register, or a title and parties");
    }

    [Fact]
    public void An_engagement_that_does_not_say_which_kind_it_is_is_refused_as_malformed()
    {
        var refusal = Refusal(tree => Engagement(tree, 0, 0).Remove("engagement"));

        refusal.Path.Should().Be("$.delegations[0]");
        refusal.Message.Should().Contain("must specify a type discriminator").And.Contain("$.stops[0].engagements[0]");
        refusal.Line.Should().Be(1);
    }
}
