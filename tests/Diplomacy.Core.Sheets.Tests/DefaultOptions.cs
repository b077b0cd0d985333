using Diplomacy.Core.Portfolio;
using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>Options made fresh carry the documented defaults: the columns go by the names the export writes, a pair list is directed.</summary>
public sealed class DefaultOptions
{
    [Fact]
    public void Fresh_columns_go_by_the_names_the_export_writes()
    {
        var columns = new SheetColumns();

        new[] { columns.Id, columns.Home, columns.HomeCountry, columns.Partner, columns.PartnerCountry, columns.Kind, columns.Date, columns.Fields, columns.Notes }
            .Should().Equal("id", "home", "home country", "partner", "partner country", "kind", "date", "fields", "notes");
    }

    [Fact]
    public void A_sheet_read_with_fresh_options_takes_every_column_by_its_default_name()
    {
        var register = Register.Open();

        var report = Import(
            register,
            "id,home,home country,partner,partner country,kind,date,fields,notes\nTIE-1,Footown,KR,Bartown,JP,friendship,1993-10,culture,met at a fair\n",
            new SheetImportOptions { Columns = new SheetColumns() });

        report.Refused.Should().BeEmpty();
        Facts(register).Should().Equal("TIE-1 KR:Footown JP:Bartown Friendship 1993-10 [culture] [met at a fair]");
    }

    [Fact]
    public void A_fresh_pair_list_is_directed_so_the_pair_listed_the_other_way_is_the_other_side_s_statement()
    {
        var options = new PairListOptions();

        var report = ImportPairs(Register.Open(), "Q8686,Q956\nQ956,Q8686\n", options);

        options.Directed.Should().BeTrue();
        report.Duplicates.Single().OtherDirection.Should().BeTrue();
    }
}
