using System.Drawing;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Diplomacy.Core.Web.Browser.Tests.Hosting;

/// <summary>
/// Debian's Chromium, headless, driven by Debian's chromedriver with a fresh profile, kept off the network beyond
/// 127.0.0.1. Where the two are not installed the tests are skipped, except under CI (<c>CI=true</c>), where a missing
/// browser fails them: CI installs it (<c>.ci/system-packages</c>), so its absence is a broken machine, not a choice.
/// </summary>
public sealed class HeadlessChromium : IDisposable
{
    private const string Folder = "/usr/bin";
    private const string DriverName = "chromedriver";
    private const string Executable = "/usr/bin/chromium";
    private const int DesktopWidth = 1280;
    private const int Height = 900;

    private readonly DirectoryInfo? _profile;
    private readonly ChromeDriver? _driver;
    private readonly string? _missing;

    public HeadlessChromium()
    {
        var driverPath = Path.Combine(Folder, DriverName);
        if (!File.Exists(Executable) || !File.Exists(driverPath))
        {
            _missing = $"The browser tests need {Executable} and {driverPath} (apt-get install chromium chromium-driver fonts-noto-cjk).";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{_missing} Under CI they must run: .ci/system-packages installs them.");
            }

            return;
        }

        _profile = Directory.CreateTempSubdirectory("diplomacy-chromium-");
        var service = ChromeDriverService.CreateDefaultService(Folder, DriverName);
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Executable };
        options.AddArguments(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--lang=en-US",
            $"--window-size={DesktopWidth},{Height}",
            $"--user-data-dir={_profile.FullName}");
        _driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    /// <summary>The browser; skips the test when it is not installed (outside CI).</summary>
    public IWebDriver Driver
    {
        get
        {
            Assert.SkipWhen(_driver is null, _missing ?? string.Empty);
            return _driver!;
        }
    }

    /// <summary>Makes the window this many CSS pixels wide (a phone is 390), for what follows and for screenshots.</summary>
    public void UseWidth(int width)
    {
        var driver = Driver;
        driver.Manage().Window.Size = new Size(width, Height);
        // Chromium keeps a least window width; the page's own width is what a narrow screen gives it.
        var inner = Script(driver, "return window.innerWidth;");
        if (inner != width)
        {
            driver.Manage().Window.Size = new Size(width + (width - inner), Height);
        }
    }

    /// <summary>
    /// Saves the whole page as <c>artifacts/screenshots/&lt;name&gt;.png</c> under the repository root (artifacts/ is
    /// CI's output folder, ignored by git).
    /// </summary>
    public FileInfo Screenshot(string name)
    {
        var driver = Driver;
        var window = driver.Manage().Window;
        // The window's height includes what is not the page; the page is as tall as its content plus that.
        var extra = Script(driver, "return window.outerHeight - window.innerHeight;");
        var outerWidth = window.Size.Width;
        window.Size = new Size(outerWidth, Math.Max(Height, Script(driver, "return document.documentElement.scrollHeight;") + extra));
        try
        {
            var folder = Directory.CreateDirectory(Path.Combine(RepositoryRoot(), "artifacts", "screenshots"));
            var file = new FileInfo(Path.Combine(folder.FullName, $"{name}.png"));
            ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(file.FullName);
            return file;
        }
        finally
        {
            window.Size = new Size(outerWidth, Height);
        }
    }

    public void Dispose()
    {
        _driver?.Quit();
        _driver?.Dispose();
        _profile?.Delete(recursive: true);
    }

    private static int Script(IWebDriver driver, string script) =>
        Convert.ToInt32(((IJavaScriptExecutor)driver).ExecuteScript(script), System.Globalization.CultureInfo.InvariantCulture);

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Diplomacy.Core.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Diplomacy.Core.sln above {AppContext.BaseDirectory}.");
    }
}
