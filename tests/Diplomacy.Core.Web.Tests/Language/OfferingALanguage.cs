using Diplomacy.Core.Web.Language;
using Microsoft.Extensions.Configuration;

namespace Diplomacy.Core.Web.Tests.Language;

/// <summary>
/// The offered languages are configured in one place (<c>Languages</c>), the core's shipped ones unless configured;
/// a language offered without its resources stops the host rather than showing English under its name.
/// </summary>
public sealed class OfferingALanguage
{
    [Fact]
    public void Without_configuration_the_languages_the_core_ships_are_offered()
    {
        var offered = OfferedLanguages.From(new ConfigurationBuilder().Build());

        offered.All.Select(texts => texts.Code).Should().Equal("en", "ko", "ja", "zh-Hans");
    }

    [Fact]
    public void The_configured_languages_are_offered_in_their_order()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Languages:0", "ja"), new("Languages:1", "en")])
            .Build();

        OfferedLanguages.From(configuration).All.Select(texts => texts.Code).Should().Equal("ja", "en");
    }

    [Fact]
    public void A_language_offered_without_its_resources_is_refused_naming_the_file_to_add()
    {
        var offering = () => new OfferedLanguages(["en", "fr"]);

        offering.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain("Texts.fr.resx");
    }
}
