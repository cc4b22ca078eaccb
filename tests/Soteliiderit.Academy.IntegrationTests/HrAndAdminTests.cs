using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Web.Demo;

namespace Soteliiderit.Academy.IntegrationTests;

public sealed class HrAndAdminTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    [Fact]
    public async Task Hr_sees_the_status_of_its_own_supervisors_and_nobody_elses()
    {
        using var hrA = await app.ApiAs(DemoAccounts.HrA);

        var table = await hrA.GetFromJsonAsync<JsonElement>("/api/hr/supervisors");

        var supervisors = table.GetProperty("supervisors").EnumerateArray().ToList();
        var emails = supervisors.Select(s => s.GetProperty("email").GetString()).ToList();
        Assert.Contains(DemoAccounts.SupervisorA(1), emails);
        Assert.DoesNotContain(emails, e => e!.EndsWith(".b@academy.test", StringComparison.Ordinal));
        Assert.DoesNotContain(DemoAccounts.HrA, emails);
        string StatusOf(string email) => supervisors.Single(s => s.GetProperty("email").GetString() == email)
            .GetProperty("courses").EnumerateArray().Single(c => c.GetProperty("courseId").GetGuid() == DemoCourses.RemoteLeadershipBasics)
            .GetProperty("status").GetString()!;
        Assert.Equal("NotStarted", StatusOf(DemoAccounts.SupervisorA(1)));
        Assert.Equal("InProgress", StatusOf(DemoAccounts.SupervisorA(2)));
        Assert.Equal("Completed", StatusOf(DemoAccounts.SupervisorA(3)));
    }

    [Fact]
    public async Task A_supervisor_who_has_enrolled_is_in_progress_for_hr()
    {
        var person = await app.AddPersonAsync(organization: 'A');
        using var api = await app.ApiAs(person.Email!);
        (await api.PostAsync($"/api/courses/{DemoCourses.TrustInRemoteTeams}/enrollment", null)).EnsureSuccessStatusCode();
        using var hrA = await app.ApiAs(DemoAccounts.HrA);

        var table = await hrA.GetFromJsonAsync<JsonElement>("/api/hr/supervisors");

        var row = table.GetProperty("supervisors").EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == person.Id);
        Assert.Equal("InProgress", row.GetProperty("courses").EnumerateArray().Single(c => c.GetProperty("courseId").GetGuid() == DemoCourses.TrustInRemoteTeams).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_other_employers_hr_sees_only_its_own_people()
    {
        using var hrB = await app.ApiAs(DemoAccounts.HrB);

        var table = await hrB.GetFromJsonAsync<JsonElement>("/api/hr/supervisors");

        Assert.All(table.GetProperty("supervisors").EnumerateArray(), s => Assert.EndsWith(".b@academy.test", s.GetProperty("email").GetString(), StringComparison.Ordinal));
        Assert.Equal(6, table.GetProperty("supervisors").GetArrayLength());
    }

    [Fact]
    public async Task Supervisors_and_facilitators_cannot_open_hr_or_admin()
    {
        using var supervisor = await app.ApiAs(DemoAccounts.SupervisorA(1));
        using var facilitator = await app.ApiAs(DemoAccounts.Facilitator);

        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync("/api/hr/supervisors")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await facilitator.GetAsync("/api/hr/supervisors")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync("/api/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAs(DemoAccounts.HrA)).GetAsync("/api/admin/users")).StatusCode);
    }

    [Fact]
    public async Task An_admin_adds_a_person_whose_one_time_link_sets_a_password_once()
    {
        using var admin = await app.ApiAs(DemoAccounts.Admin);
        using var created = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            email = "liisa.lahiesihenkilo@academy.test",
            displayName = "Liisa Lähiesihenkilö",
            role = "Supervisor",
            organizationId = DemoSeeder.OrganizationA,
            language = "fi",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var link = new Uri((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("setPasswordLink").GetString()!);
        Assert.StartsWith(AcademyApp.PublicAddress + "/account/set-password?", link.AbsoluteUri, StringComparison.Ordinal);

        using var browser = app.Anonymous();
        var fields = new Dictionary<string, string> { ["Input.Password"] = "Oma-uusi-salasana", ["Input.Confirm"] = "Oma-uusi-salasana" };
        foreach (var (key, value) in System.Web.HttpUtility.ParseQueryString(link.Query) is var query ? query.AllKeys.Select(k => (k!, query[k]!)) : [])
        {
            fields[key == "user" ? "UserId" : "Token"] = value;
        }

        using var set = await browser.PostFormAsync(link.PathAndQuery, fields);
        Assert.Equal("/account/login?passwordSet=true", set.Headers.Location?.OriginalString);
        Assert.NotEmpty(await app.SignInAsync("liisa.lahiesihenkilo@academy.test", "Oma-uusi-salasana"));

        var again = await (await browser.GetAsync(link.PathAndQuery)).ReadTextAsync();
        Assert.Contains("Tämä linkki ei ole enää voimassa", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_a_supervisor_without_an_organization_or_with_a_taken_email_is_refused()
    {
        using var admin = await app.ApiAs(DemoAccounts.Admin);

        using var response = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            email = DemoAccounts.SupervisorA(1),
            displayName = "",
            role = "Supervisor",
            organizationId = (Guid?)null,
            language = "fi",
        });

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(["Tämä sähköpostiosoite on jo käytössä."], problem.Errors!["Email"]);
        Assert.Equal(["Tämä on pakollinen tieto."], problem.Errors["DisplayName"]);
        Assert.Equal(["Esihenkilöllä ja HR:llä on oltava organisaatio."], problem.Errors["OrganizationId"]);
    }

    [Fact]
    public async Task A_csv_import_with_bad_rows_names_their_lines_and_imports_nothing()
    {
        using var admin = await app.ApiAs(DemoAccounts.Admin);
        var csv = "email;name;language\n" +
                  "uusi.yksi@academy.test;Uusi Yksi;fi\n" +
                  "ei-osoite;Huono Osoite;fi\n" +
                  "uusi.kaksi@academy.test;;sv\n" +
                  $"{DemoAccounts.SupervisorA(1)};Jo Olemassa;fi\n" +
                  "uusi.yksi@academy.test;Tuplana;de\n";

        using var response = await Import(admin, csv, DemoSeeder.OrganizationA);

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(400, problem.Status);
        Assert.Equal(["line 3", "line 4", "line 5", "line 6"], problem.Errors!.Keys.Order());
        Assert.Contains(problem.Errors["line 6"], e => e.StartsWith("language:", StringComparison.Ordinal));
        Assert.Contains(problem.Errors["line 6"], e => e.StartsWith("email:", StringComparison.Ordinal));
        Assert.Null(await app.FindUserAsync("uusi.yksi@academy.test"));
    }

    [Fact]
    public async Task An_address_the_sign_in_name_cannot_hold_is_named_by_its_line_and_nothing_is_imported()
    {
        using var admin = await app.ApiAs(DemoAccounts.Admin);

        using var response = await Import(admin, "email;name\nhyvä.osoite@academy.test;Hyvä Osoite\no'brien@academy.test;Pat O'Brien\n", DemoSeeder.OrganizationA);

        var problem = await Problem.ReadAsync(response);
        Assert.Equal(["line 2", "line 3"], problem.Errors!.Keys.Order());
        Assert.StartsWith("email:", Assert.Single(problem.Errors["line 3"]), StringComparison.Ordinal);
        Assert.Null(await app.FindUserAsync("o'brien@academy.test"));
    }

    [Fact]
    public async Task The_import_page_names_the_column_of_each_problem()
    {
        using var admin = await app.BrowserAs(DemoAccounts.Admin);
        using var content = new MultipartFormDataContent();
        var page = await admin.GetStringAsync("/admin/users/import");
        content.Add(new StringContent(System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value), "__RequestVerificationToken");
        content.Add(new StringContent(DemoSeeder.OrganizationA.ToString()), "OrganizationId");
        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("email;name;language\nsarake.testi@academy.test;Sarake Testi;de\n")), "Upload", "tuonti.csv");

        using var response = await admin.PostAsync("/admin/users/import", content);

        Assert.Contains("Rivi 2, sarake language:", await response.ReadTextAsync(), StringComparison.Ordinal);
        Assert.Null(await app.FindUserAsync("sarake.testi@academy.test"));
    }

    [Fact]
    public async Task Hr_makes_set_password_links_for_its_own_supervisors_and_nobody_elses()
    {
        using var hrA = await app.ApiAs(DemoAccounts.HrA);
        var own = (await app.FindUserAsync(DemoAccounts.SupervisorA(2)))!;
        var other = (await app.FindUserAsync(DemoAccounts.SupervisorB(2)))!;
        var admin = (await app.FindUserAsync(DemoAccounts.Admin))!;

        using var ownLink = await hrA.PostAsync($"/api/hr/supervisors/{own.Id}/set-password-link", null);
        using var otherLink = await hrA.PostAsync($"/api/hr/supervisors/{other.Id}/set-password-link", null);
        using var adminLink = await hrA.PostAsync($"/api/hr/supervisors/{admin.Id}/set-password-link", null);

        Assert.Contains($"/account/set-password?user={own.Id}", (await ownLink.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("setPasswordLink").GetString(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (otherLink.StatusCode, adminLink.StatusCode));
    }


    [Fact]
    public async Task A_good_csv_import_adds_the_supervisors_with_their_links()
    {
        using var admin = await app.ApiAs(DemoAccounts.Admin);
        var organization = await (await admin.PostAsJsonAsync("/api/admin/organizations", new { nameFi = "Itärannikon hyvinvointialue", nameSv = "Östkustens välfärdsområde", kind = "WellbeingServicesCounty" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var organizationId = organization.GetProperty("id").GetGuid();
        var csv = "\uFEFFemail,name,language\r\ntuotu.yksi@academy.test,Tuotu Yksi,fi\r\ntuotu.kaksi@academy.test,Importerad Två,sv\r\n";

        using var response = await Import(admin, csv, organizationId);

        response.EnsureSuccessStatusCode();
        var imported = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, imported.GetArrayLength());
        Assert.All(imported.EnumerateArray(), p => Assert.Contains("/account/set-password?user=", p.GetProperty("setPasswordLink").GetString(), StringComparison.Ordinal));
        var swede = await app.FindUserAsync("tuotu.kaksi@academy.test");
        Assert.Equal(("sv", organizationId), (swede!.PreferredLanguage, swede.OrganizationId!.Value));
        var people = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/users?organizationId={organizationId}");
        Assert.Equal(["Importerad Två", "Tuotu Yksi"], people.EnumerateArray().Select(p => p.GetProperty("displayName").GetString()));
        Assert.All(people.EnumerateArray(), p => Assert.Equal("Supervisor", p.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task A_csv_import_places_each_supervisor_in_the_unit_its_path_names_and_an_unknown_path_is_named_by_its_line()
    {
        using var admin = await app.ApiAs(DemoAccounts.Admin);
        var organizationId = (await (await admin.PostAsJsonAsync("/api/admin/organizations", new { nameFi = "Pohjoisrannikon hyvinvointialue", nameSv = "Norra kustens välfärdsområde", kind = "WellbeingServicesCounty" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var units = $"/api/organizations/{organizationId}/units";
        var social = (await (await admin.PostAsJsonAsync(units, new { nameFi = "Sosiaali- ja terveystoimi", nameSv = "Social- och hälsovårdssektorn" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var homeCare = (await (await admin.PostAsJsonAsync(units, new { nameFi = "Kotihoito", nameSv = "Hemvård", parentId = social })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var refused = await Import(admin, "email;name;language;unit\r\nyksikko.yksi@academy.test;Yksikkö Yksi;fi;Sosiaali- ja terveystoimi / Kotihoito\r\nyksikko.kaksi@academy.test;Yksikkö Kaksi;sv;Sivistystoimi\r\n", organizationId);

        var problem = await Problem.ReadAsync(refused);
        Assert.Equal(["line 3"], problem.Errors!.Keys);
        Assert.StartsWith("unit:", Assert.Single(problem.Errors["line 3"]), StringComparison.Ordinal);
        Assert.Null(await app.FindUserAsync("yksikko.yksi@academy.test"));

        using var imported = await Import(admin, "email;name;language;unit\r\nyksikko.yksi@academy.test;Yksikkö Yksi;fi;sosiaali- ja terveystoimi / kotihoito\r\nyksikko.kaksi@academy.test;Enhet Två;sv;Social- och hälsovårdssektorn\r\nyksikko.kolme@academy.test;Yksikkö Kolme;fi;\r\n", organizationId);

        imported.EnsureSuccessStatusCode();
        Assert.Equal(homeCare, (await app.FindUserAsync("yksikko.yksi@academy.test"))!.UnitId);
        Assert.Equal(social, (await app.FindUserAsync("yksikko.kaksi@academy.test"))!.UnitId);
        Assert.Null((await app.FindUserAsync("yksikko.kolme@academy.test"))!.UnitId);
    }

    [Fact]
    public async Task A_semicolon_csv_saved_by_excel_in_windows_latin_1_keeps_the_finnish_letters()
    {
        using var admin = await app.ApiAs(DemoAccounts.Admin);
        var organization = await (await admin.PostAsJsonAsync("/api/admin/organizations", new { nameFi = "Järvikylän kunta", nameSv = "Järvikylä kommun", kind = "Municipality" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.Latin1.GetBytes("email;name\r\nsami.makela@academy.test;Sami Mäkelä\r\n"));
        form.Add(file, "file", "esihenkilöt.csv");

        using var response = await admin.PostAsync($"/api/admin/organizations/{organization.GetProperty("id").GetGuid()}/supervisors/import", form);

        response.EnsureSuccessStatusCode();
        Assert.Equal("Sami Mäkelä", (await app.FindUserAsync("sami.makela@academy.test"))!.DisplayName);
    }

    [Fact]
    public async Task An_organization_needs_a_finnish_name_and_a_unique_one()
    {
        using var admin = await app.ApiAs(DemoAccounts.Admin);

        using var blank = await admin.PostAsJsonAsync("/api/admin/organizations", new { nameFi = " ", nameSv = "", kind = "Municipality" });
        using var duplicate = await admin.PostAsJsonAsync("/api/admin/organizations", new { nameFi = "Kuusiston kaupunki", nameSv = "", kind = "Municipality" });
        using var created = await admin.PostAsJsonAsync("/api/admin/organizations", new { nameFi = "Pohjoisen kuntayhtymä", nameSv = (string?)null, kind = "JointMunicipalAuthority" });

        Assert.Equal(["Tämä on pakollinen tieto."], (await Problem.ReadAsync(blank)).Errors!["NameFi"]);
        Assert.Equal(["Tämänniminen organisaatio on jo olemassa."], (await Problem.ReadAsync(duplicate)).Errors!["NameFi"]);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Pohjoisen kuntayhtymä", await app.QueryAsync(db => db.Organizations.Where(o => o.NameFi == "Pohjoisen kuntayhtymä").Select(o => o.NameSv).SingleAsync()));
    }

    private static async Task<HttpResponseMessage> Import(HttpClient admin, string csv, Guid organization)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "esihenkilot.csv");
        return await admin.PostAsync($"/api/admin/organizations/{organization}/supervisors/import", form);
    }
}

/// <summary>Long lists, on an app of their own: the extra people would change what the other tests count.</summary>
public sealed class LongListTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    [Fact]
    public async Task The_admins_people_list_is_searched_and_hrs_list_comes_a_page_at_a_time()
    {
        for (var i = 0; i < 45; i++)
        {
            await app.AddPersonAsync(organization: 'B');
        }

        await app.AddPersonAsync(organization: 'B', name: "Åsa Öhman-Äijälä");

        using var admin = await app.BrowserAs(DemoAccounts.Admin);
        using var hrB = await app.BrowserAs(DemoAccounts.HrB);
        var found = await (await admin.GetAsync("/admin/users?search=m%C3%A4kel%C3%A4")).ReadTextAsync();
        var first = await (await hrB.GetAsync("/hr")).ReadTextAsync();
        var second = await (await hrB.GetAsync("/hr?pageNumber=2")).ReadTextAsync();
        var beyond = await hrB.GetAsync("/hr?pageNumber=50000000");
        var accented = await (await hrB.GetAsync("/hr?search=%C3%A4ij%C3%A4l%C3%A4")).ReadTextAsync();

        Assert.Contains("Juha Mäkelä", found, StringComparison.Ordinal);
        Assert.Contains("1 henkilö", found, StringComparison.Ordinal);
        Assert.DoesNotContain("Anna Korhonen", found, StringComparison.Ordinal);
        Assert.Contains("52 chefer", first, StringComparison.Ordinal);
        Assert.Contains("Sida 1 av 2", first, StringComparison.Ordinal);
        Assert.Contains("Sida 2 av 2", second, StringComparison.Ordinal);
        Assert.Equal(50, System.Text.RegularExpressions.Regex.Count(first, "<th scope=\"row\">"));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(second, "<th scope=\"row\">"));
        Assert.Contains("Sida 2 av 2", await beyond.ReadTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Åsa Öhman-Äijälä", accented, StringComparison.Ordinal);
        Assert.Contains("1 chef ", accented, StringComparison.Ordinal);
    }
}
