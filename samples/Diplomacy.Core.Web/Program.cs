using System.Text.Json.Serialization;
using Diplomacy.Core.Web.Api;
using Diplomacy.Core.Web.Editors;
using Diplomacy.Core.Web.Hosting;
using Diplomacy.Core.Web.Language;
using Microsoft.AspNetCore.Authentication.Cookies;
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

builder.Services.AddWebRegister(builder.Configuration);
builder.Services.AddRazorPages(options =>
{
    options.Conventions.AuthorizeFolder("/Write", EditorSignIn.Policy);
});
builder.Services
    .AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(options =>
    {
        options.LoginPath = "/editor/sign-in";
        options.LogoutPath = "/editor/sign-out";
        options.AccessDeniedPath = "/editor/sign-in";
        options.Cookie.Name = "diplomacy-editor";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
    });
builder.Services.AddAuthorizationBuilder()
    .AddPolicy(EditorSignIn.Policy, policy => policy.RequireAuthenticatedUser().RequireClaim(EditorSignIn.EditorClaim));
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
});
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(options => options.AddSchemaTransformer<NodaTimeSchemas>());

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler();
}

app.UseStatusCodePages();
app.UseStaticFiles();
app.UseLanguageSelection();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi();
app.MapRegisterApi();
app.MapRazorPages();

app.Run();

/// <summary>The web register's entry point; public so that integration tests can host it.</summary>
public partial class Program;
