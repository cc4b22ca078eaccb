using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Grains;

namespace Soteliiderit.Academy.Web.Features.Admin;

/// <summary>
/// The first administrator of a production academy, which seeds nothing:
/// <c>dotnet Soteliiderit.Academy.Web.dll create-admin --email ... --name "..." --site https://...</c>
/// prints a one-time set-password link and exits; every other person is added by an admin from there.
/// </summary>
public static class CreateAdminCommand
{
    public const string Verb = "create-admin";

    /// <returns>True when the arguments named this command (then the app should exit instead of serving).</returns>
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (args is not [Verb, ..])
        {
            return false;
        }

        var email = app.Configuration["email"];
        var name = app.Configuration["name"];
        var site = app.Configuration["site"] ?? app.Configuration["Academy:PublicAddress"] ?? "http://localhost:5080";
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(name))
        {
            await Console.Error.WriteLineAsync($"usage: {Verb} --email admin@example.fi --name \"Full Name\" [--site https://academy.example.fi]");
            Environment.ExitCode = 2;
            return true;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        try
        {
            var admin = await accounts.CreateAsync(new NewAccount(email, name, Roles.Admin, null, Languages.Finnish));
            await Console.Out.WriteLineAsync($"Administrator {email} created. Open this link once to choose a password (valid for 7 days):");
            await Console.Out.WriteLineAsync(await accounts.SetPasswordLinkAsync(admin, site));
        }
        catch (RuleViolationException refused)
        {
            await Console.Error.WriteLineAsync($"Not created: {string.Join("; ", refused.FieldErrors.Select(e => $"{e.Field} {e.Code}"))}");
            Environment.ExitCode = 1;
        }

        return true;
    }
}
