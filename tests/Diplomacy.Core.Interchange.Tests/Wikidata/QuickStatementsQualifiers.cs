using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Interchange.Wikidata;
using static Diplomacy.Core.Interchange.Tests.Wikidata.Twinnings;

namespace Diplomacy.Core.Interchange.Tests.Wikidata;

/// <summary>Start and end times are written at the precision the date's possible days allow, never a guessed day; the reference is the first source with a web address.</summary>
public sealed class QuickStatementsQualifiers
{
    private static readonly Region Seoul = Place("Q8684", "Seoul");
    private static readonly Region Beijing = Place("Q956", "Beijing");

    [Theory]
    [InlineData("1967-06-27", "\tP580\t+1967-06-27T00:00:00Z/11")]
    [InlineData("1993-10", "\tP580\t+1993-10-00T00:00:00Z/10")]
    [InlineData("2011", "\tP580\t+2011-00-00T00:00:00Z/9")]
    [InlineData("2019-11-03..2019-11-20", "\tP580\t+2019-11-00T00:00:00Z/10")] // within one month: the month
    [InlineData("2019-03-01..2019-11-20", "\tP580\t+2019-00-00T00:00:00Z/9")] // within one year: the year
    [InlineData("1990-01-01..1999-12-31", "\tP580\t+1990-00-00T00:00:00Z/8")] // the 1990s: the decade
    [InlineData("1995-01-01..2004-12-31", "")] // across two decades: no precision holds it
    [InlineData("..2025-09-22", "")] // only a latest day
    [InlineData("2025-09-22..", "")] // only an earliest day
    [InlineData("unknown", "")]
    public void The_start_time_is_the_signing_date_at_the_precision_its_possible_days_allow(string signedOn, string qualifier)
    {
        var (_, lines) = Export(With(Tie("T", AgreementKind.SisterCity, PartialDate.Parse(signedOn), Seoul, Beijing)));

        lines.Should().Equal($"Q8684\tP190\tQ956{qualifier}", $"Q956\tP190\tQ8684{qualifier}");
    }

    [Fact]
    public void A_terminated_tie_is_written_with_its_end_time_as_recorded()
    {
        var tie = Tie("T", AgreementKind.SisterCity, new LocalDate(2004, 1, 1), Seoul, Beijing);
        tie.Terminate(PartialDate.InMonth(2019, 10), Seoul, "ties cut");

        Export(With(tie)).Lines[0].Should().Be("Q8684\tP190\tQ956\tP580\t+2004-01-01T00:00:00Z/11\tP582\t+2019-10-00T00:00:00Z/10");
    }

    [Fact]
    public void A_tie_whose_term_ran_out_ends_on_the_first_day_it_was_no_longer_in_force()
    {
        var tie = Agreement.Sign(new AgreementId("T"), AgreementKind.Friendship, [Seoul, Beijing], new LocalDate(2015, 3, 1), new SigningDetails { Term = AgreementTerm.OfYears(3) });

        Export(With(tie)).Lines[0].Should().EndWith("\tP582\t+2018-03-01T00:00:00Z/11");
    }

    [Fact]
    public void A_term_run_out_from_a_signing_known_to_the_month_ends_at_the_precision_that_allows()
    {
        var tie = Agreement.Sign(new AgreementId("T"), AgreementKind.Friendship, [Seoul, Beijing], PartialDate.InMonth(2015, 3), new SigningDetails { Term = AgreementTerm.OfYears(3) });

        Export(With(tie)).Lines[0].Should().EndWith("\tP582\t+2018-03-00T00:00:00Z/10");
    }

    [Fact]
    public void A_tie_in_force_has_no_end_time()
    {
        Export(With(Tie("T", AgreementKind.SisterCity, new LocalDate(2004, 1, 1), Seoul, Beijing))).Lines[0].Should().NotContain("P582");
    }

    [Fact]
    public void The_reference_is_the_first_source_with_a_web_address_its_quotes_escaped()
    {
        var tie = Tie("T", AgreementKind.SisterCity, PartialDate.Unknown, Seoul, Beijing);
        tie.AddSource(SourceReference.FromCitation("Seoul city hall, 2004"));
        tie.AddSource(SourceReference.FromUrl(new Uri("https://example.org/ties?name=\"Seoul\"")));
        tie.AddSource(SourceReference.FromUrl(new Uri("https://example.org/other")));

        Export(With(tie)).Lines.Should().OnlyContain(line => line.EndsWith("\tS854\t\"https://example.org/ties?name=%22Seoul%22\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tie_cited_only_in_words_has_no_reference()
    {
        var tie = Tie("T", AgreementKind.SisterCity, PartialDate.Unknown, Seoul, Beijing);
        tie.AddSource(SourceReference.FromCitation("Seoul city hall, 2004"));

        Export(With(tie)).Lines[0].Should().Be("Q8684\tP190\tQ956");
    }

    [Theory]
    [InlineData(0, "-0001-00-00T00:00:00Z/9")] // ISO year 0 is 1 BCE; Wikidata has no year 0
    [InlineData(-43, "-0044-00-00T00:00:00Z/9")]
    [InlineData(1, "+0001-00-00T00:00:00Z/9")]
    public void A_year_before_the_common_era_is_written_as_Wikidata_counts_it(int isoYear, string value)
    {
        WikidataTime.Of(new LocalDate(isoYear, 1, 1), new LocalDate(isoYear, 12, 31)).Should().Be(value);
    }
}
