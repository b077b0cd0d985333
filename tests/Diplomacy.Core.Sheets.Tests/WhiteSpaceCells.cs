using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>Every kind of white space around a cell is trimmed, not only spaces: a cell of white space is empty.</summary>
public sealed class WhiteSpaceCells
{
    [Theory]
    [InlineData("\v")] // found by fuzzing: a vertical tab as the notes made the core refuse the note with an ArgumentException
    [InlineData("\u00A0")] // a no-break space, as spreadsheets paste it
    [InlineData(" \t ")]
    public void A_note_of_white_space_is_no_note(string note)
    {
        var report = Import(GyeonggiRegister(), $"home,partner,partner country,notes\nKR-41,Tianjin,CN,\"{note}\"\n");

        report.Refused.Should().BeEmpty();
        report.TiesCreated.Should().ContainSingle().Which.Notes.Should().BeEmpty();
    }

    [Fact]
    public void White_space_other_than_spaces_around_a_cell_is_trimmed()
    {
        var report = Import(GyeonggiRegister(), "home,partner,partner country,notes\nKR-41,\u00A0Tianjin\v,CN,\"\u00A0signed in Tianjin\t\"\n");

        report.Refused.Should().BeEmpty();
        report.TiesCreated.Should().ContainSingle().Which.Notes.Should().Equal("signed in Tianjin");
    }

    [Fact]
    public void An_id_of_white_space_is_no_id()
    {
        var report = Import(GyeonggiRegister(), "id,home,partner,partner country\n\v,KR-41,Tianjin,CN\n");

        report.Refused.Should().BeEmpty();
        report.TiesCreated.Should().ContainSingle();
    }
}
