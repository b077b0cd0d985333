using Diplomacy.Core.Agreements;
using Diplomacy.Core.Interchange.Json;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Reference;
using NodaTime;

namespace Diplomacy.Core.HowTo;

/// <summary>A register saved as the JSON register document and loaded back with every rule checked.</summary>
internal static class SavingAndLoading
{
    public static async Task RunAsync()
    {
        var gyeonggi = Catalog.Region("KR-41");
        var shanghai = Catalog.Region("CN-SH");
        var register = Register.Open();
        register.AddRegions([Catalog.Region("KR"), Catalog.Region("CN"), gyeonggi, shanghai]);
        register.Add(Agreement.Sign(new AgreementId("GG-SH"), AgreementKind.CooperationMemorandum, [gyeonggi, shanghai],
            new LocalDate(2025, 9, 25)));
        var file = Path.Combine(Path.GetTempPath(), $"diplomacy-howto-{Environment.ProcessId}.json");
        try
        {
            await SaveAndLoad(register, file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task SaveAndLoad(Register register, string file)
    {
        #region saving-and-loading
        await using (var output = File.Create(file))
        {
            await RegisterDocument.WriteAsync(register, output);     // streamed: flushed as it goes
        }

        try
        {
            await using var input = File.OpenRead(file);
            var loaded = await RegisterDocument.ReadAsync(input);    // every rule of the core checked again
            Console.WriteLine($"{loaded.Agreements.Count} ties, {loaded.Directory.Count} regions");
        }
        catch (RegisterDocumentException refused)
        {
            // Nothing half-loaded: the whole document is refused, with where and why.
            Console.WriteLine($"{refused.Path} (line {refused.Line}): {refused.Message}");
        }
        #endregion
    }
}
