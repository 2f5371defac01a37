namespace Catalog.Api.Tests.CommandLine;

/// <summary>The programs' command lines as a user meets them: help, and clear usage errors with exit code 2.</summary>
public sealed class CommandLineUsageTests(CheckoutCopy checkout) : IClassFixture<CheckoutCopy>
{
    private readonly CheckoutCopy _checkout = checkout;

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    public async Task Help_prints_the_commands_instead_of_starting_the_server(string word)
    {
        var help = await _checkout.RunAsync(_checkout.ApiDll, "Production", word);

        Assert.True(help.ExitCode == 0, help.ToString());
        foreach (var command in new[] { "token", "import", "export", "help" })
        {
            Assert.Contains(command, help.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("tokn")]
    [InlineData("token", "--role", "admin", "--rol", "editor")]
    [InlineData("export", "--format", "pdf", "--reference")]
    public async Task An_unknown_command_or_option_of_the_api_is_a_usage_error(params string[] args)
    {
        var run = await _checkout.RunAsync(_checkout.ApiDll, "Production", args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Empty(run.Output);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rnu")]
    [InlineData("run", "--ful")]
    [InlineData("load", "dir4", "x")]
    public async Task An_unknown_command_or_option_of_the_sync_program_is_a_usage_error(params string[] args)
    {
        var run = await _checkout.RunAsync(_checkout.SyncDll, "Production", args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Empty(run.Output);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
    }
}
