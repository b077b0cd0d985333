using Diplomacy.Core.Agreements;
using Diplomacy.Core.Tests.Fixtures;

namespace Diplomacy.Core.Tests.Agreements;

/// <summary>An agreement keeps who to contact for each party and field, where each fact came from, and the register's notes.</summary>
public sealed class AgreementRecordKeepingRules
{
    [Fact]
    public void A_party_designates_contact_persons_for_every_field_or_for_one()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Chongqing).SignedOn(2025, 9, 23);
        var ambassador = new ContactPerson("Hong Sang-woo", Seed.Gyeonggi, title: "Ambassador for International Relations");
        var culture = new ContactPerson("A culture officer", Seed.Chongqing, CooperationField.Culture);

        mou.AddContactPerson(ambassador);
        mou.AddContactPerson(culture);
        mou.AddContactPerson(culture);

        mou.ContactPersons.Should().Equal(ambassador, culture);
    }

    [Fact]
    public void A_contact_person_s_name_and_title_are_kept_trimmed()
    {
        var ambassador = new ContactPerson(" Hong Sang-woo ", Seed.Gyeonggi, title: " Ambassador for International Relations ");

        ambassador.Name.Should().Be("Hong Sang-woo");
        ambassador.Title.Should().Be("Ambassador for International Relations");
    }

    [Fact]
    public void Each_source_is_kept_once()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2025, 9, 25);
        var report = SourceReference.FromUrl(new Uri("https://www.incheonilbo.com/"), "Incheon Ilbo, 2025");

        mou.AddSource(report);
        mou.AddSource(SourceReference.FromUrl(new Uri("https://www.incheonilbo.com/"), "Incheon Ilbo, 2025"));
        mou.AddSource(SourceReference.FromCitation("Gyeonggi Province press release"));

        mou.Sources.Should().HaveCount(2);
    }

    [Fact]
    public void A_relative_source_address_is_refused_as_a_malformed_argument_naming_it()
    {
        var citing = () => SourceReference.FromUrl(new Uri("/news/1", UriKind.Relative));

        citing.Should().Throw<ArgumentException>().WithMessage("The source address '/news/1' is relative; *").WithParameterName("url");
    }

    [Fact]
    public void A_web_source_keeps_its_citation_trimmed_and_refuses_a_missing_address_or_a_blank_citation()
    {
        var address = new Uri("https://www.incheonilbo.com/");

        var source = SourceReference.FromUrl(address, " Incheon Ilbo, 2025 ");
        var noAddress = () => SourceReference.FromUrl(null!);
        var blankCitation = () => SourceReference.FromUrl(address, " ");

        source.Citation.Should().Be("Incheon Ilbo, 2025");
        SourceReference.FromUrl(address).Citation.Should().BeNull();
        noAddress.Should().Throw<ArgumentNullException>().WithParameterName("url");
        blankCitation.Should().Throw<ArgumentException>().WithParameterName("citation");
    }

    [Fact]
    public void Notes_are_kept_in_the_order_added()
    {
        var mou = A.MouBetween(Seed.Gyeonggi, Seed.Shanghai).SignedOn(2025, 9, 25);

        mou.AddNote("Followed by a gift of 30 books to Shanghai Library.");
        mou.AddNote("Shanghai invited Gyeonggi to its November trade fair.");

        mou.Notes.Should().HaveCount(2).And.StartWith("Followed by a gift of 30 books to Shanghai Library.");
    }

    [Theory]
    [InlineData("https://www.incheonilbo.com/", "Incheon Ilbo, 2025", "Incheon Ilbo, 2025 <https://www.incheonilbo.com/>")]
    [InlineData("https://www.incheonilbo.com/", null, "<https://www.incheonilbo.com/>")]
    [InlineData(null, "Gyeonggi Province press release", "Gyeonggi Province press release")]
    public void A_source_reads_as_its_citation_then_its_address_in_angle_brackets(string? url, string? citation, string text)
    {
        var source = url is null ? SourceReference.FromCitation(citation!) : SourceReference.FromUrl(new Uri(url), citation);

        source.ToString().Should().Be(text);
    }
}
