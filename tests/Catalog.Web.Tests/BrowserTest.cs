using System.Runtime.CompilerServices;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Catalog.Web.Tests;

/// <summary>
/// Base of the browser tests: a fresh browser context (no cookies) per test, a screenshot under
/// <c>TestResults/screenshots/</c> when a test fails, and the accessibility check every page must pass.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture)
{
    protected BrowserFixture Fixture { get; } = fixture;

    /// <summary>Runs <paramref name="test"/> in a new page; on failure saves a full-page screenshot named after the test.</summary>
    protected async Task InPageAsync(Func<IPage, Task> test, [CallerMemberName] string name = "")
    {
        await using var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.Address.ToString(),
            Locale = "es-ES",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        try
        {
            await test(page);
        }
        catch
        {
            var folder = Catalog.Testing.RepositoryPaths.Combine("TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{GetType().Name}.{name}.png"), FullPage = true });
            throw;
        }
    }

    /// <summary>Opens <paramref name="path"/> and checks that it answered <paramref name="status"/>.</summary>
    protected static async Task<IResponse> OpenAsync(IPage page, string path, int status = 200)
    {
        var response = await page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}.");
        Assert.Equal(status, response.Status);
        return response;
    }

    /// <summary>Runs axe-core on the page: no serious or critical violation of WCAG 2.1 A/AA.</summary>
    protected static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"Accessibility violations on {page.Url}:\n" + string.Join("\n", serious));
    }
}
