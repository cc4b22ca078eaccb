using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Web.Demo;
using Soteliiderit.Academy.Web.Features.Admin;

namespace Soteliiderit.Academy.IntegrationTests;

/// <summary>
/// The real app on a database of its own, seeded with the demo data: a SQLite file, or a fresh PostgreSQL
/// database when ACADEMY_TEST_DATABASE=postgres (the test command runs the suite both ways).
/// </summary>
public partial class AcademyApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Testi-salasana-2026";
    public const string PublicAddress = "https://akatemia.test";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"academy-it-{Guid.NewGuid():N}");
    private readonly string _postgresDatabase = $"academy_test_{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<string, string> _tokens = new();

    public static bool OnPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("ACADEMY_TEST_DATABASE"), "postgres", StringComparison.OrdinalIgnoreCase);

    private static string PostgresServer =>
        Environment.GetEnvironmentVariable("ACADEMY_TEST_POSTGRES") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException("ACADEMY_TEST_DATABASE=postgres needs ACADEMY_TEST_POSTGRES (the test command sets both).");

    public virtual Task InitializeAsync()
    {
        // Starting the server runs Program: migrations and the demo seed.
        _ = Server;
        return Task.CompletedTask;
    }

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (OnPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    /// <summary>Settings a derived app adds, such as another material store.</summary>
    protected Dictionary<string, string> Settings { get; } = [];

    public string DataDirectory => _dataDirectory;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Academy:DataDirectory", _dataDirectory);
        builder.UseSetting("Academy:Demo:Seed", "true");
        builder.UseSetting("Academy:Demo:Password", Password);
        builder.UseSetting("Academy:PublicAddress", PublicAddress);
        // Tests look at the figures right after changing rows: counted for every request, not once in ten minutes.
        builder.UseSetting("Academy:Hr:ComparisonMaxAgeMinutes", "0");
        foreach (var (key, value) in LoopbackPorts.ForSilo())
        {
            builder.UseSetting(key, value);
        }

        if (OnPostgres)
        {
            builder.UseSetting("Academy:Database:Provider", "Postgres");
            builder.UseSetting("Academy:Database:ConnectionString", new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _postgresDatabase }.ConnectionString);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>An API client signed in with a bearer token, as a script would be.</summary>
    public async Task<HttpClient> ApiAs(string email, string password = Password)
    {
        var token = _tokens.TryGetValue(email, out var cached) ? cached : await SignInAsync(email, password);
        _tokens[email] = token;
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ClientOptions.BaseAddress, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ClientOptions.BaseAddress, AllowAutoRedirect = false });

    /// <summary>A browser-like client: signed in through the login page, holding the cookie.</summary>
    public async Task<HttpClient> BrowserAs(string email, string password = Password)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ClientOptions.BaseAddress, AllowAutoRedirect = false, HandleCookies = true });
        using var response = await client.PostFormAsync("/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in {email} through the page failed: {(int)response.StatusCode}");
        }

        return client;
    }

    public async Task<string> SignInAsync(string email, string password = Password)
    {
        using var client = Anonymous();
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenBody>();
        return body!.AccessToken;
    }

    /// <summary>Test set-up shortcut: a new person with a password, made the way an admin makes one.</summary>
    public Task<AcademyUser> AddPersonAsync(string role = Roles.Supervisor, char organization = 'A', string name = "Testi Henkilö") =>
        AddPersonToAsync(organization == 'B' ? DemoSeeder.OrganizationB : DemoSeeder.OrganizationA, role, name);

    public async Task<AcademyUser> AddPersonToAsync(Guid organization, string role = Roles.Supervisor, string name = "Testi Henkilö")
    {
        using var scope = Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        return await accounts.CreateAsync(
            new NewAccount($"person.{Guid.NewGuid():N}@academy.test", name, role, Roles.BelongsToOrganization(role) ? organization : null, "fi"),
            Password);
    }

    /// <summary>Test set-up shortcut: another employer, made the way an admin makes one.</summary>
    public async Task<Guid> AddOrganizationAsync(string name)
    {
        using var scope = Services.CreateScope();
        var organization = await scope.ServiceProvider.GetRequiredService<OrganizationDirectory>().CreateAsync(new NewOrganization(name, null, Data.Organizations.OrganizationKind.Municipality));
        return organization.Id;
    }

    /// <summary>The rows a learner grain writes when the person starts a course, and finishes it if <paramref name="completedAt"/> is given.</summary>
    public Task EnrollAsync(AcademyUser person, Data.Courses.Course course, DateTime? completedAt) => QueryAsync(db =>
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(course);
        db.Learners.Add(new Data.Learners.Learner
        {
            UserId = person.Id,
            Enrollments = [new Data.Learners.Enrollment { Id = Guid.NewGuid(), CourseId = course.Id, CourseVersion = course.PublishedVersion, EnrolledAt = DateTime.UtcNow.AddDays(-2), CompletedAt = completedAt }],
        });
        return db.SaveChangesAsync();
    });

    /// <summary>Test set-up shortcut: a unit of an organization's tree, with the same name in Finnish and Swedish.</summary>
    public async Task<Guid> AddUnitAsync(Guid organization, string name, Guid? parent = null)
    {
        var unit = new Data.Organizations.OrganizationUnit { Id = Guid.NewGuid(), OrganizationId = organization, ParentId = parent, NameFi = name, NameSv = name, CreatedAt = DateTime.UtcNow };
        await QueryAsync(db =>
        {
            db.OrganizationUnits.Add(unit);
            return db.SaveChangesAsync();
        });
        return unit.Id;
    }

    /// <summary>Places the person in a unit the way an admin does, through the person's edit rules.</summary>
    public async Task<Guid> PlaceAsync(AcademyUser person, Guid unit, Guid? organization = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        using var scope = Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var user = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AcademyUser>>().FindByIdAsync(person.Id.ToString());
        await accounts.ChangeAsync(user!, new NewAccount(person.Email!, person.DisplayName, Roles.Supervisor, organization ?? person.OrganizationId, "fi", unit));
        return person.Id;
    }

    /// <summary>A singleton of the app, such as the grain factory.</summary>
    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task<AcademyUser?> FindUserAsync(string email)
    {
        using var scope = Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AcademyUser>>().FindByEmailAsync(email);
    }

    /// <summary>Runs a query on the app's own database, to check what was (not) stored.</summary>
    public async Task<T> QueryAsync<T>(Func<Data.AcademyDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<Data.AcademyDbContext>());
    }

    private sealed record TokenBody(string AccessToken, long ExpiresIn);
}

public static partial class HttpClientFormExtensions
{
    /// <summary>Posts a form the way a browser does: first fetches the page for its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? pageUrl = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var page = await client.GetStringAsync(pageUrl ?? url);
        var token = AntiforgeryToken().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"No antiforgery token on {pageUrl ?? url}");
        }

        fields["__RequestVerificationToken"] = token.Groups[1].Value;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(url, content);
    }

    /// <summary>Posts a form whose fields depend on the page it is on (hidden revision numbers, keys).</summary>
    public static async Task<HttpResponseMessage> PostFormFromPageAsync(this HttpClient client, string url, Func<string, Dictionary<string, string>> fieldsFromPage, string pageUrl)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fieldsFromPage);
        var page = await client.GetStringAsync(pageUrl);
        return await client.PostFormAsync(url, fieldsFromPage(page), pageUrl);
    }

    /// <summary>The value of a hidden or text input on a page.</summary>
    public static string InputValue(string page, string name)
    {
        var match = Regex.Match(page, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No input {name} on the page.");
    }

    public static async Task<string> ReadTextAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
