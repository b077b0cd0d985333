using Diplomacy.Core.Web.Editors;
using Diplomacy.Core.Web.Language;
using Diplomacy.Core.Web.Reading;
using Diplomacy.Core.Web.Seed;
using Diplomacy.Core.Web.Storage;
using Diplomacy.Core.Web.Writing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Diplomacy.Core.Web.Hosting;

/// <summary>The services every page and endpoint shares: the hosted register, its writes, the clock and the editors.</summary>
internal static class WebRegisterServices
{
    public static IServiceCollection AddWebRegister(this IServiceCollection services, IConfiguration configuration)
    {
        // The one place the host reads the clock; the library is handed dates.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        // The home's first page is answered from the home's part of the store while the rest is read (RegisterStart).
        services.AddSingleton(provider => RegisterHost.Start(
            provider.GetRequiredService<IRegisterStore>(), provider.GetRequiredService<Observer>().DefaultHome, SeedRegister.Build));
        services.AddSingleton<RegisterWrites>();
        services.AddSingleton<ImportPreviews>();
        services.AddSingleton<RegisterQueries>();
        services.AddSingleton<Observer>();
        services.Configure<ObserverOptions>(configuration.GetSection(ObserverOptions.Section));
        services.Configure<EditorOptions>(configuration.GetSection(EditorOptions.Section));
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.Section));
        services.Configure<SigningCheckOptions>(configuration.GetSection(SigningCheckOptions.Section));
        services.Configure<ChoiceOptions>(configuration.GetSection(ChoiceOptions.Section));
        services.AddSingleton<EditorSignIn>();
        services.AddSingleton(provider => OfferedLanguages.From(provider.GetRequiredService<IConfiguration>()));
        return services;
    }
}
