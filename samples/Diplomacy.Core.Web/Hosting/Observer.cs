using Diplomacy.Core.Geography;
using Diplomacy.Core.Portfolio;
using Diplomacy.Core.Web.Input;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Diplomacy.Core.Web.Hosting;

/// <summary>The office reading the register: its home region, and today as a date in that region's zone.</summary>
public sealed class Observer(IClock clock, IOptions<ObserverOptions> options)
{
    /// <summary>The configured home region's key.</summary>
    public string DefaultHome => options.Value.Home;

    /// <summary>The home region a request names, or the configured one.</summary>
    /// <exception cref="BadInputException">The register holds no such region.</exception>
    public Region Home(Register register, string? key) => Inputs.Region(register, string.IsNullOrWhiteSpace(key) ? DefaultHome : key, "home");

    /// <summary>Today where the home region is (an instant already tomorrow in Seoul is tomorrow's date there).</summary>
    public LocalDate Today(Region home) => Calendar.Today.In(clock, home.TimeZone);
}
