using Microsoft.Playwright;

namespace Catalog.Web.Tests;

/// <summary>
/// One host and one headless Chromium shared by every browser test (starting them is most of a test's cost).
/// Chromium is Debian's <c>chromium</c> package (Playwright's own download cannot work on these machines), found at
/// <c>CATALOG_CHROMIUM</c> or <c>/usr/bin/chromium</c>. Without it the tests report as skipped, except under CI
/// (<c>CI</c> set), where a missing browser is a failure: <c>.ci/run</c> installs it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private WebAppHost? _host;

    /// <summary>Where Chromium was found, or null.</summary>
    public static string? ChromiumPath { get; } = new[] { Environment.GetEnvironmentVariable("CATALOG_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
        .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    /// <summary>Why the browser tests cannot run here, or null.</summary>
    public static string? UnavailableReason => ChromiumPath is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        ? "Chromium was not found (install Debian's chromium package or set CATALOG_CHROMIUM)."
        : null;

    public Uri Address => Host.Address;

    /// <summary>The host the browser talks to.</summary>
    public WebAppHost Host => _host ?? throw new InvalidOperationException("The host is not started.");

    public IBrowser Browser
    {
        get
        {
            Skip.If(UnavailableReason is not null, UnavailableReason);
            return _browser ?? throw new InvalidOperationException("The browser is not started.");
        }
    }

    public async Task InitializeAsync()
    {
        if (UnavailableReason is not null)
        {
            return;
        }

        if (ChromiumPath is null)
        {
            throw new InvalidOperationException("CI is set but Chromium is missing: .ci/run installs Debian's chromium package.");
        }

        _host = await WebAppHost.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}

/// <summary>The browser tests share one <see cref="BrowserFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
