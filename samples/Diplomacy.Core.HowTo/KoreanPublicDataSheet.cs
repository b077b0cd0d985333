using System.Text;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Reference;
using Diplomacy.Core.Sheets;

namespace Diplomacy.Core.HowTo;

/// <summary>A sheet as Korea's public-data portal publishes one: Korean headers, one tie a row, encoded in CP949.</summary>
internal static class KoreanPublicDataSheet
{
    public static void Run()
    {
        var file = Path.Combine(Path.GetTempPath(), $"diplomacy-howto-{Environment.ProcessId}.csv");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllText(file, Published, Encoding.GetEncoding(949));
        try
        {
            Import(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private const string Published = """
        자치단체명,상대국가,상대도시,교류형태,체결일자,교류분야
        경기도,중국,Shanghai,우호교류,2025-09-25,경제; 관광
        경기도,China,Chongqing,업무협약,2025-09-23,
        경기도,일본,Kanagawa,자매결연,1990-04,
        """;

    private static void Import(string file)
    {
        #region korean-public-data-sheet
        // The portal's files are CP949 (EUC-KR), the Windows code page of Korean: .NET reads it once the provider
        // of code pages is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var text = new StreamReader(file, Encoding.GetEncoding(949));

        // The register knows the home province and its country; partners come from the catalog as rows name them.
        var register = Register.Open();
        Catalog.AddTo(register.Directory, "KR-41");

        // Its headers are Korean: name the columns as the sheet does. Kinds may be written in Korean
        // (자매결연, 우호교류, 업무협약), and countries as their names in a language the catalog knows, or codes.
        var options = new SheetImportOptions
        {
            Columns = new SheetColumns
            {
                Home = "자치단체명",
                PartnerCountry = "상대국가",
                Partner = "상대도시",
                Kind = "교류형태",
                Date = "체결일자",
                Fields = "교류분야",
            },
        };
        var report = RegisterSheet.Import(register, text, options);
        Console.WriteLine(report);              // 3 rows read: 3 ties created, ... 0 refused; 5 regions created, 1 matched
        foreach (var refused in report.Refused)
        {
            Console.WriteLine(refused);         // its line, and why: nothing of a refused row lands
        }
        #endregion
    }
}
