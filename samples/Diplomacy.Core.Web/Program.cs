using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Diplomacy.Core.Web.Api;
using Diplomacy.Core.Web.Editors;
using Diplomacy.Core.Web.Hosting;
using Diplomacy.Core.Web.Language;
using Diplomacy.Core.Web.Storage;
using Microsoft.Extensions.WebEncoders;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

if (args is ["hash-password"])
{
    Console.Error.Write("Password: ");
    var password = Console.ReadLine() ?? string.Empty;
    Console.WriteLine(EditorSignIn.Hash(string.Empty, password));
    return;
}

var builder = WebApplication.CreateBuilder(args);

// The register's facts live in a database: SQLite in the data folder unless PostgreSQL is configured (see README).
var dataFolder = builder.Configuration["Storage:DataFolder"] is { Length: > 0 } configured
    ? configured
    : Path.Combine(builder.Environment.ContentRootPath, "App_Data");
builder.Services.AddRegisterStorage(builder.Configuration, dataFolder);
builder.Services.AddWebRegister(builder.Configuration);
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/Write", EditorSignIn.Policy);
});
builder.AddRegisterSecurity();
// Korean and Chinese names are written as they are, not as character references.
builder.Services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    options.SerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
});
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(options => options.AddSchemaTransformer<NodaTimeSchemas>().AddDocumentTransformer<BearerScheme>().AddOperationTransformer<BearerScheme>());

var app = builder.Build();

// At start, not at the first request: the store is migrated, seeded when empty, and the home's part of the register
// rebuilt before the app listens; the rest is read while it serves, and a history that breaks a rule stops the app.
app.StopWhenTheRegisterCannotBeRead();

app.UseRegisterGuards();
app.UseStaticFiles();
app.UseLanguageSelection();
app.UseRouting();
app.UseRegisterSignIn();

app.MapOpenApi();
app.MapRegisterApi();
app.MapCalendarFeed();
app.MapRazorPages();
app.MapHealthChecks("/health");

app.Run();

/// <summary>The web register's entry point; public so that integration tests can host it.</summary>
public partial class Program;
