using Diplomacy.Core.Agreements;
using Diplomacy.Core.Calendar;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Interchange.Wikidata;
using Diplomacy.Core.Portfolio;
using static Diplomacy.Core.Interchange.Tests.Wikidata.Twinnings;

namespace Diplomacy.Core.Interchange.Tests.Wikidata;

/// <summary>Only signed sister-city and friendship ties of two places with Wikidata ids, not superseded, become "twinned administrative body" (P190) statements, on each of the two items; every other tie is listed as left out with its reason.</summary>
public sealed class QuickStatementsTies
{
    private static readonly Region Seoul = Place("Q8684", "Seoul");
    private static readonly Region Beijing = Place("Q956", "Beijing");
    private static readonly Region Tokyo = Place("Q1490", "Tokyo");

    [Theory]
    [InlineData(AgreementKind.SisterCity)]
    [InlineData(AgreementKind.Friendship)] // a friendship-city partnership governments acknowledge
    public void A_signed_sister_city_or_friendship_tie_is_a_P190_statement_on_each_of_the_two_items(AgreementKind kind)
    {
        var (export, lines) = Export(With(Tie("T", kind, PartialDate.Unknown, Seoul, Beijing)));

        lines.Should().Equal("Q8684\tP190\tQ956", "Q956\tP190\tQ8684");
        export.Should().Match<QuickStatementsExport>(e => e.TiesWritten == 1 && e.CommandsWritten == 2 && e.LeftOut.Count == 0);
    }

    [Theory]
    [InlineData(AgreementKind.CooperationMemorandum)]
    [InlineData(AgreementKind.LetterOfIntent)]
    [InlineData(AgreementKind.SectorAgreement)]
    public void A_memorandum_a_letter_of_intent_or_a_sector_agreement_is_not_a_twinning_and_is_left_out(AgreementKind kind)
    {
        var tie = Tie("T", kind, PartialDate.Unknown, Seoul, Beijing);

        var (export, lines) = Export(With(tie));

        lines.Should().BeEmpty();
        export.LeftOut.Should().Equal(new TieLeftOut(tie, TieLeftOutReason.NotATwinning));
    }

    [Fact]
    public void A_tie_upgraded_to_a_sister_city_tie_counts_by_its_current_kind()
    {
        var tie = Tie("T", AgreementKind.CooperationMemorandum, new LocalDate(2000, 1, 1), Seoul, Beijing);
        tie.Upgrade(new LocalDate(2005, 1, 1), AgreementKind.SisterCity);

        Export(With(tie)).Export.TiesWritten.Should().Be(1);
    }

    [Fact]
    public void A_proposal_never_signed_is_left_out()
    {
        var proposal = Agreement.Propose(new AgreementId("P"), AgreementKind.SisterCity, [Seoul, Beijing], new LocalDate(2025, 1, 1));

        Export(With(proposal)).Export.LeftOut.Should().Equal(new TieLeftOut(proposal, TieLeftOutReason.NotSigned));
    }

    [Fact]
    public void A_tie_of_three_parties_is_left_out()
    {
        var trilateral = Tie("T", AgreementKind.SisterCity, PartialDate.Unknown, Seoul, Beijing, Tokyo);

        Export(With(trilateral)).Export.LeftOut.Should().Equal(new TieLeftOut(trilateral, TieLeftOutReason.NotTwoParties));
    }

    [Fact]
    public void A_superseded_tie_is_left_out_for_the_agreement_that_superseded_it()
    {
        var old = Tie("OLD", AgreementKind.Friendship, new LocalDate(1990, 1, 1), Seoul, Beijing);
        var current = Tie("NEW", AgreementKind.SisterCity, new LocalDate(2000, 1, 1), Seoul, Beijing);
        old.Supersede(new LocalDate(2000, 1, 1), current.Id);

        var (export, lines) = Export(With(current, old));

        export.LeftOut.Should().Equal(new TieLeftOut(old, TieLeftOutReason.Superseded));
        lines.Should().HaveCount(2).And.OnlyContain(line => line.Contains("+2000-01-01T00:00:00Z/11", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tie_where_a_place_has_no_Wikidata_id_is_left_out_saying_so()
    {
        var tie = Tie("T", AgreementKind.SisterCity, PartialDate.Unknown, Seoul, Unidentified("Atlantis"));
        var reversed = Tie("R", AgreementKind.SisterCity, PartialDate.Unknown, Unidentified("Lemuria"), Seoul);

        Export(With(tie, reversed)).Export.LeftOut.Should().Equal(new TieLeftOut(tie, TieLeftOutReason.NoWikidataId), new TieLeftOut(reversed, TieLeftOutReason.NoWikidataId));
    }

    [Fact]
    public void A_second_tie_between_the_same_two_items_is_left_out_in_either_order()
    {
        var friendship = Tie("F", AgreementKind.Friendship, new LocalDate(1990, 1, 1), Seoul, Beijing);
        var sister = Tie("S", AgreementKind.SisterCity, new LocalDate(1995, 1, 1), Beijing, Seoul);

        var (export, lines) = Export(With(friendship, sister));

        export.LeftOut.Should().Equal(new TieLeftOut(sister, TieLeftOutReason.SamePairAlreadyWritten));
        lines.Should().HaveCount(2);
    }

    [Fact]
    public void Export_refuses_null_arguments_by_name_and_flushes_the_writer()
    {
        var noRegister = () => QuickStatements.Export(null!, new StringWriter());
        var noWriter = () => QuickStatements.Export(Register.Open(), null!);

        noRegister.Should().Throw<ArgumentNullException>().WithParameterName("register");
        noWriter.Should().Throw<ArgumentNullException>().WithParameterName("writer");
        QuickStatements.Export(Register.Open(), new StringWriter()).Should().Match<QuickStatementsExport>(e => e.TiesWritten == 0 && e.LeftOut.Count == 0);
    }

    [Fact]
    public void Ties_of_one_place_with_two_partners_and_between_those_partners_are_each_written()
    {
        var (export, lines) = Export(With(
            Tie("SB", AgreementKind.SisterCity, PartialDate.Unknown, Seoul, Beijing),
            Tie("ST", AgreementKind.SisterCity, PartialDate.Unknown, Seoul, Tokyo),
            Tie("BT", AgreementKind.SisterCity, PartialDate.Unknown, Beijing, Tokyo)));

        export.LeftOut.Should().BeEmpty();
        lines.Should().HaveCount(6);
    }

    [Fact]
    public void The_commands_are_flushed_to_the_stream_when_the_export_returns()
    {
        using var stream = new MemoryStream();
        using var writer = new StreamWriter(stream);

        QuickStatements.Export(With(Tie("T", AgreementKind.SisterCity, PartialDate.Unknown, Seoul, Beijing)), writer);

        stream.Length.Should().BePositive();
    }
}
