using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.IntegrationTests;

public sealed class AccountTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    [Fact]
    public async Task A_script_signs_in_and_gets_a_bearer_token_that_works_on_the_api()
    {
        using var client = app.Anonymous();

        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.SupervisorA(1), password = AcademyApp.Password });

        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(token.GetProperty("expiresIn").GetInt64() > 0);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("Anna Korhonen", me.GetProperty("displayName").GetString());
        Assert.Equal("Kuusiston kaupunki", me.GetProperty("organization").GetProperty("nameFi").GetString());
        Assert.Equal(["Supervisor"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_address_get_the_same_answer()
    {
        using var client = app.Anonymous();

        using var wrongPassword = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.SupervisorA(6), password = "väärä salasana" });
        using var unknown = await client.PostAsJsonAsync("/api/auth/login", new { email = "ei.ketaan@academy.test", password = "väärä salasana" });

        var first = await Problem.ReadAsync(wrongPassword);
        var second = await Problem.ReadAsync(unknown);
        Assert.Equal((401, 401), (first.Status, second.Status));
        Assert.Equal(first.Detail, second.Detail);
        Assert.Contains("salasana", first.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_answer_speaks_the_language_the_client_asks_for()
    {
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv-FI");

        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = "ei.ketaan@academy.test", password = "x" });

        Assert.Contains("lösenordet är fel", (await Problem.ReadAsync(response)).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var person = await app.AddPersonAsync();
        using var client = app.Anonymous();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email = person.Email, password = $"arvaus-{attempt}" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await client.PostAsJsonAsync("/api/auth/login", new { email = person.Email, password = AcademyApp.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
    }

    [Fact]
    public async Task After_five_failures_an_address_with_an_account_and_one_without_hear_the_same_and_an_admin_unlocks_the_real_one()
    {
        var person = await app.AddPersonAsync();
        using var client = app.Anonymous();
        var answers = new Dictionary<string, List<string?>>();
        foreach (var email in new[] { person.Email!, $"ei.ole.{Guid.NewGuid():N}@academy.test" })
        {
            answers[email] = [];
            for (var attempt = 0; attempt < 5; attempt++)
            {
                using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email, password = $"arvaus-{attempt}" });
                answers[email].Add((await Problem.ReadAsync(wrong)).Detail);
            }
        }

        using var lockedRight = await client.PostAsJsonAsync("/api/auth/login", new { email = person.Email, password = AcademyApp.Password });
        using var admin = await app.ApiAs(DemoAccounts.Admin);
        using var unlocked = await admin.DeleteAsync($"/api/admin/users/{person.Id}/lockout");
        using var afterUnlock = await client.PostAsJsonAsync("/api/auth/login", new { email = person.Email, password = AcademyApp.Password });

        var (real, unknown) = (answers.First().Value, answers.Last().Value);
        Assert.Equal(real, unknown);
        Assert.Contains("lukittu 15 minuutiksi", real[4], StringComparison.Ordinal);
        Assert.DoesNotContain("lukittu", real[3], StringComparison.Ordinal);
        Assert.Equal(real[4], (await Problem.ReadAsync(lockedRight)).Detail);
        Assert.Equal(HttpStatusCode.NoContent, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterUnlock.StatusCode);
    }

    [Fact]
    public async Task A_deactivated_account_locks_like_any_other_address_so_it_does_not_show_it_exists()
    {
        var leaver = await app.AddPersonAsync();
        using var admin = await app.ApiAs(DemoAccounts.Admin);
        (await admin.PostAsync($"/api/admin/users/{leaver.Id}/deactivation", null)).EnsureSuccessStatusCode();
        using var client = app.Anonymous();

        async Task<List<string?>> FiveFailuresAsync(string email)
        {
            var answers = new List<string?>();
            for (var attempt = 0; attempt < 5; attempt++)
            {
                using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email, password = $"arvaus-{attempt}" });
                answers.Add((await Problem.ReadAsync(wrong)).Detail);
            }

            return answers;
        }

        var deactivated = await FiveFailuresAsync(leaver.Email!);
        var unknown = await FiveFailuresAsync($"ei.ole.{Guid.NewGuid():N}@academy.test");

        Assert.Equal(unknown, deactivated);
        Assert.Contains("lukittu", deactivated[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_without_a_token_answers_401_with_problem_details()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync("/api/me");

        Assert.Equal(401, (await Problem.ReadAsync(response)).Status);
    }

    [Fact]
    public async Task Someone_who_leaves_is_locked_out_at_once_token_and_all()
    {
        var person = await app.AddPersonAsync();
        using var personApi = await app.ApiAs(person.Email!);
        Assert.Equal(HttpStatusCode.OK, (await personApi.GetAsync("/api/me")).StatusCode);
        using var admin = await app.ApiAs(DemoAccounts.Admin);

        using var deactivate = await admin.PostAsync($"/api/admin/users/{person.Id}/deactivation", null);

        Assert.Equal(HttpStatusCode.NoContent, deactivate.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await personApi.GetAsync("/api/me")).StatusCode);
        using var client = app.Anonymous();
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email = person.Email, password = AcademyApp.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Fact]
    public async Task The_chosen_language_is_remembered_for_the_next_sign_in()
    {
        var person = await app.AddPersonAsync();
        using var api = await app.ApiAs(person.Email!);

        using var set = await api.PutAsJsonAsync("/api/me/language", new { language = "sv" });
        using var refused = await api.PutAsJsonAsync("/api/me/language", new { language = "de" });

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal(400, (await Problem.ReadAsync(refused)).Status);
        using var browser = await app.BrowserAs(person.Email!);
        var home = await (await browser.GetAsync("/")).ReadTextAsync();
        Assert.Contains("<html lang=\"sv\">", home, StringComparison.Ordinal);
        Assert.Contains("Mina studier", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_does_not_take_the_pages_sign_in_cookie()
    {
        using var browser = await app.BrowserAs(DemoAccounts.SupervisorA(4));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);

        using var api = await browser.PostAsync($"/api/courses/{DemoCourses.RemoteLeadershipBasics}/enrollment", null);

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task There_is_no_open_registration()
    {
        using var client = app.Anonymous();

        using var response = await client.PostAsJsonAsync("/register", new { email = "uusi@academy.test", password = "Salasana-12345" });

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await app.FindUserAsync("uusi@academy.test"));
    }
}
