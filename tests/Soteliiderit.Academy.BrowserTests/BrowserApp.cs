using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Soteliiderit.Academy.BrowserTests;

/// <summary>
/// The real app on Kestrel on a loopback port, with demo data, and Debian's Chromium driven by Playwright
/// (no browser download). One per test run; each test opens its own browser context.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Selain-testi-2026";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"academy-browser-{Guid.NewGuid():N}");
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ACADEMY_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public new async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    /// <summary>A fresh browser (no cookies) that speaks the given language.</summary>
    public async Task<IPage> NewPageAsync(string language = "fi")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = language });
        await context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = "academy.lang", Value = language, Url = BaseAddress.ToString() }]);
        // Generous: the first requests after start-up pay for JIT on a busy 2-core machine.
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>A browser signed in through the login page.</summary>
    public async Task<IPage> SignedInPageAsync(string email, string language = "fi")
    {
        var page = await NewPageAsync(language);
        await page.GotoAsync("/account/login");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(Password);
        await page.Locator("main form button[type=submit]").ClickAsync();
        // The first sign-in after start-up renders the first pages (and the demo may still be seeding): a fresh-clone
        // run once took longer than the page's 30 s here, so this one wait is longer still.
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal), new() { Timeout = 90_000 });
        // Signing in sets the cookie to the person's saved language; put back the one this test asked for.
        await page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = "academy.lang", Value = language, Url = BaseAddress.ToString() }]);
        return page;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Academy:DataDirectory", _dataDirectory);
        builder.UseSetting("Academy:Demo:Seed", "true");
        builder.UseSetting("Academy:Demo:Password", Password);
        // The silo's ports of its own, so a running academy or another suite on this machine does not collide.
        builder.UseSetting("Academy:Cluster:SiloPort", FreePort());
        builder.UseSetting("Academy:Cluster:GatewayPort", FreePort());
    }

    private static string FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
