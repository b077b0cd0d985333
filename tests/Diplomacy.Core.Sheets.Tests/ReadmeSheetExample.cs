using static Diplomacy.Core.Sheets.Tests.Sheets;

namespace Diplomacy.Core.Sheets.Tests;

/// <summary>The package README's import example prints what the README says it prints.</summary>
public sealed class ReadmeSheetExample
{
    [Fact]
    public void The_readme_sheet_gives_the_report_the_readme_shows()
    {
        var sheet = """"
            home,partner,partner country,kind,date,fields,notes
            경기도,Shanghai,China,MOU,2025-09-25,economy; trade,"Signed in Shanghai, at the ""Expo"""
            Gyeonggi,Hwaseong-si,KR,friendship,1993-10,,
            KR-41,Leeds,"England, United Kingdom",sister city,..2025-09-22,culture,
            Shanghai,Gyeonggi,KR,MOU,2025-09-25,,
            KR-41,Atlantis City,Atlantis,MOU,2011,,
            """";

        var report = Import(GyeonggiRegister(), sheet);

        report.ToString().Should().Be("5 rows read: 3 ties created, 1 duplicates merged, 0 self-ties, 1 refused; 6 regions created, 2 matched");
        report.Refused.Single().ToString().Should().StartWith("line 6: The country 'Atlantis' is neither a code nor a name of a country");
    }
}
