using Diplomacy.Core.HowTo;

// The answers of the documentation site's how-to pages (.docs/articles/how-to-*.md), each a region of a file here
// that the page includes, so that every line a page shows is compiled, and run by CI:
// dotnet run --project samples/Diplomacy.Core.HowTo
Console.WriteLine("== How do I import a Korean public-data sheet? ==");
KoreanPublicDataSheet.Run();
Console.WriteLine();
Console.WriteLine("== How do I count coverage with uncertain ties? ==");
UncertainTies.Run();
Console.WriteLine();
Console.WriteLine("== How do I find a place by any of its names or codes? ==");
FindingPlaces.Run();
Console.WriteLine();
Console.WriteLine("== How do I save a register and load it back? ==");
await SavingAndLoading.RunAsync();
