using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Mail;
using Soteliiderit.Academy.IntegrationTests.Webinars;
using Soteliiderit.Academy.Web.Demo;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.IntegrationTests.Mail;

/// <summary>Every kind of mail the academy sends, received by a real SMTP server and read back, in the recipient's language.</summary>
public sealed partial class MailTests(MailApp app) : IClassFixture<MailApp>
{
    private const string Facilitator = "facilitator@academy.test";

    [Fact]
    public async Task A_new_assignment_reaches_each_supervisor_by_mail_in_their_own_language_and_hr_sees_it_sent()
    {
        var finn = await app.AddPersonAsync(name: "Aino Posti");
        var swede = await SpeakingAsync(await app.AddPersonAsync(name: "Sven Post"), "sv");
        var course = await app.QueryAsync(db => db.Courses.Where(c => c.Status == CourseStatus.Published).OrderBy(c => c.CreatedAt).FirstAsync());
        var dueOn = DateOnly.FromDateTime(FinnishTime.ToLocal(DateTime.UtcNow)).AddDays(14);
        using var hr = await app.ApiAs(DemoAccounts.HrA);

        using var response = await hr.PostAsJsonAsync("/api/hr/assignments", new { courseId = course.Id, dueOn, audience = "People", emails = $"{finn.Email}\n{swede.Email}" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var assignment = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assignment").GetProperty("id").GetGuid();
        await app.SendMailAsync();

        var finnish = Assert.Single(await app.Mailbox.ToAsync(finn.Email!));
        Assert.Equal($"Sinulle osoitettu: {course.TitleFi}", finnish.Subject);
        Assert.Equal("Aino Posti", finnish.To.Mailboxes.Single().Name);
        Assert.StartsWith("Hei Aino Posti,", finnish.TextBody, StringComparison.Ordinal);
        Assert.Contains($"kurssin {course.TitleFi} viimeistään {dueOn.ToString("d.M.yyyy", CultureInfo.InvariantCulture)}", finnish.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{AcademyApp.PublicAddress}/courses/{course.Id}", finnish.TextBody, StringComparison.Ordinal);
        var swedish = Assert.Single(await app.Mailbox.ToAsync(swede.Email!));
        Assert.Equal($"Tilldelat dig: {course.TitleSv ?? course.TitleFi}", swedish.Subject);
        Assert.StartsWith("Hej Sven Post,", swedish.TextBody, StringComparison.Ordinal);
        var progress = await hr.GetFromJsonAsync<JsonElement>($"/api/hr/assignments/{assignment}/mail");
        Assert.Equal((2, 0, 0), (progress.GetProperty("sent").GetInt32(), progress.GetProperty("queued").GetInt32(), progress.GetProperty("failed").GetInt32()));
        using var hrPages = await app.BrowserAs(DemoAccounts.HrA);
        Assert.Contains("2 lähetetty, 0 odottaa, 0 ei lähtenyt", await (await hrPages.GetAsync($"/hr/assignments/{assignment}")).ReadTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seat_a_waiting_place_a_seat_given_a_new_time_and_a_cancellation_each_come_by_mail_and_the_calendar_entry_follows()
    {
        var first = await app.AddPersonAsync(name: "Eeva Ensimmäinen");
        var second = await SpeakingAsync(await app.AddPersonAsync(name: "Sara Andra"), "sv");
        var startsAt = DateTime.UtcNow.Date.AddDays(3).AddHours(10);
        var webinar = await WebinarSchedulingTests.ScheduleAsync(app, WebinarSchedulingTests.Plan(startsAt, capacity: 1));
        using var eeva = await app.ApiAs(first.Email!);
        using var sara = await app.ApiAs(second.Email!);
        using var facilitator = await app.ApiAs(Facilitator);

        (await eeva.PostAsync($"/api/webinars/{webinar}/registration", null)).EnsureSuccessStatusCode();
        (await sara.PostAsync($"/api/webinars/{webinar}/registration", null)).EnsureSuccessStatusCode();
        await app.SendMailAsync();
        var seat = Assert.Single(await app.Mailbox.ToAsync(first.Email!));
        var waiting = Assert.Single(await app.Mailbox.ToAsync(second.Email!));
        Assert.Equal("Paikkasi: Palaute etänä", seat.Subject);
        var invitation = Calendar(seat);
        Assert.Contains("METHOD:REQUEST", invitation, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:0", invitation, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;TZID=Europe/Helsinki:{Local(startsAt)}", invitation, StringComparison.Ordinal);
        Assert.Contains($"RSVP=FALSE:mailto:{first.Email}", invitation, StringComparison.Ordinal);
        Assert.Equal("På väntelistan: Feedback på distans", waiting.Subject);
        Assert.Contains("nummer 1 på väntelistan", waiting.TextBody, StringComparison.Ordinal);
        Assert.Empty(waiting.Attachments);

        (await eeva.DeleteAsync($"/api/webinars/{webinar}/registration")).EnsureSuccessStatusCode();
        await app.SendMailAsync();
        var given = (await app.Mailbox.ToAsync(second.Email!))[1];
        Assert.Equal("En plats åt dig: Feedback på distans", given.Subject);
        Assert.Contains($"mailto:{second.Email}", Calendar(given), StringComparison.Ordinal);

        var movedTo = startsAt.AddDays(1).AddHours(2);
        (await facilitator.PutAsJsonAsync($"/api/webinars/{webinar}", WebinarSchedulingTests.Plan(movedTo, capacity: 1))).EnsureSuccessStatusCode();
        await app.SendMailAsync();
        var moved = (await app.Mailbox.ToAsync(second.Email!))[2];
        Assert.Equal("Ny tid: Feedback på distans", moved.Subject);
        Assert.Contains(FinnishTime.ToLocal(movedTo).ToString("d.M.yyyy HH:mm", CultureInfo.GetCultureInfo("sv-FI")), moved.TextBody, StringComparison.Ordinal);
        var update = Calendar(moved);
        Assert.Contains("SEQUENCE:1", update, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;TZID=Europe/Helsinki:{Local(movedTo)}", update, StringComparison.Ordinal);

        (await facilitator.PostAsync($"/api/webinars/{webinar}/cancellation", null)).EnsureSuccessStatusCode();
        await app.SendMailAsync();
        var mails = await app.Mailbox.ToAsync(second.Email!);
        Assert.Equal(["På väntelistan", "En plats åt dig", "Ny tid", "Inställt"], mails.Select(m => m.Subject!.Split(':')[0]));
        var cancellation = Calendar(mails[3]);
        Assert.Contains("METHOD:CANCEL", cancellation, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", cancellation, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:2", cancellation, StringComparison.Ordinal);
        // Who gave up the seat hears nothing of a webinar that is no longer theirs.
        Assert.Single(await app.Mailbox.ToAsync(first.Email!));
    }

    [Fact]
    public async Task A_forgotten_password_is_mailed_as_a_one_time_link_and_an_unknown_address_gets_the_same_answer()
    {
        var person = await app.AddPersonAsync(name: "Unohtava Ulla");
        using var client = app.Anonymous();

        using var known = await client.PostFormAsync("/account/forgot-password", new() { ["Input.Email"] = person.Email! });
        using var unknown = await client.PostFormAsync("/account/forgot-password", new() { ["Input.Email"] = "ei.ketaan@academy.test" });
        using var again = await client.PostFormAsync("/account/forgot-password", new() { ["Input.Email"] = person.Email! });
        await app.SendMailAsync();

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.Equal(known.Headers.Location, again.Headers.Location);
        Assert.Contains("Jos osoitteella on tunnus, linkki on matkalla siihen.", await (await client.GetAsync(known.Headers.Location!)).ReadTextAsync(), StringComparison.Ordinal);
        // Asking twice within minutes mails once.
        var mail = Assert.Single(await app.Mailbox.ToAsync(person.Email!));
        Assert.Equal("Uuden salasanan valinta", mail.Subject);
        Assert.Equal(1, await app.QueryAsync(db => db.OutgoingMails.CountAsync(m => m.Kind == MailKind.PasswordReset)));
        var link = SetPasswordLink().Match(mail.TextBody ?? "");
        Assert.True(link.Success, mail.TextBody);
        var sent = new Uri(link.Value);
        var query = System.Web.HttpUtility.ParseQueryString(sent.Query);
        var path = sent.PathAndQuery;
        using var set = await client.PostFormAsync(path, new()
        {
            ["UserId"] = query["user"]!,
            ["Token"] = query["token"]!,
            ["Input.Password"] = "Uusi-salasana-2026",
            ["Input.Confirm"] = "Uusi-salasana-2026",
        });
        Assert.Equal("/account/login?passwordSet=true", set.Headers.Location?.OriginalString);
        Assert.False(string.IsNullOrEmpty(await app.SignInAsync(person.Email!, "Uusi-salasana-2026")));
        Assert.Contains("Tämä linkki ei ole enää voimassa", await (await client.GetAsync(path)).ReadTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hr_reminds_overdue_supervisors_by_mail_and_a_dashboard_notice_and_nobody_twice_within_the_interval()
    {
        var aino = await app.AddPersonAsync(name: "Aino Myöhässä");
        var sven = await SpeakingAsync(await app.AddPersonAsync(name: "Sven Sen"), "sv");
        var course = await app.QueryAsync(db => db.Courses.Where(c => c.Status == CourseStatus.Published).OrderBy(c => c.CreatedAt).FirstAsync());
        var today = DateOnly.FromDateTime(FinnishTime.ToLocal(DateTime.UtcNow));
        using var hr = await app.ApiAs(DemoAccounts.HrA);
        using var hrPages = await app.BrowserAs(DemoAccounts.HrA);
        var overdue = await AssignAsync(hr, course.Id, today.AddDays(1), aino, sven);
        await app.QueryAsync(db => db.Assignments.Where(a => a.Id == overdue).ExecuteUpdateAsync(a => a.SetProperty(x => x.DueOn, today.AddDays(-3))));
        var running = await AssignAsync(hr, await app.QueryAsync(db => db.Courses.Where(c => c.Status == CourseStatus.Published && c.Id != course.Id).Select(c => c.Id).FirstAsync()), today.AddDays(5), aino);

        using var notOverdue = await hr.PostAsJsonAsync($"/api/hr/assignments/{running}/reminders", new { userId = aino.Id });
        using var one = await hrPages.PostFormAsync($"/hr/assignments/{overdue}?handler=Remind&userId={aino.Id}", [], $"/hr/assignments/{overdue}");
        var everyone = await (await hr.PostAsJsonAsync($"/api/hr/assignments/{overdue}/reminders", new { })).Content.ReadFromJsonAsync<JsonElement>();
        using var again = await hr.PostAsJsonAsync($"/api/hr/assignments/{overdue}/reminders", new { userId = aino.Id });
        using var otherHr = await app.ApiAs(DemoAccounts.HrB);
        using var otherOrganization = await otherHr.PostAsJsonAsync($"/api/hr/assignments/{overdue}/reminders", new { });
        await app.SendMailAsync();

        Assert.Contains("ei ole myöhässä", Assert.Single((await Problem.ReadAsync(notOverdue)).Errors!["UserId"]), StringComparison.Ordinal);
        Assert.Equal($"/hr/assignments/{overdue}?reminded=1&lately=0#reminders-heading", one.Headers.Location?.OriginalString);
        Assert.Equal((1, 1), (everyone.GetProperty("reminded").GetInt32(), everyone.GetProperty("remindedLately").GetInt32()));
        Assert.Contains("muistutettiin tästä", Assert.Single((await Problem.ReadAsync(again)).Errors!["UserId"]), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherOrganization.StatusCode);
        var hrId = (await app.FindUserAsync(DemoAccounts.HrA))!.Id;
        var recorded = await app.QueryAsync(db => db.Reminders.Where(r => r.AssignmentId == overdue).ToListAsync());
        Assert.Equal(new[] { aino.Id, sven.Id }.Order(), recorded.Select(r => r.UserId).Order());
        Assert.All(recorded, r => Assert.Equal(hrId, r.SentBy));
        Assert.Equal($"Muistutus: {course.TitleFi}", Assert.Single(await app.Mailbox.ToAsync(aino.Email!), m => m.Subject!.StartsWith("Muistutus", StringComparison.Ordinal)).Subject);
        var swedish = Assert.Single(await app.Mailbox.ToAsync(sven.Email!), m => m.Subject!.StartsWith("Påminnelse", StringComparison.Ordinal));
        Assert.Contains($"senast {today.AddDays(-3).ToString("d.M.yyyy", CultureInfo.InvariantCulture)}", swedish.TextBody, StringComparison.Ordinal);
        var hrPage = await (await hrPages.GetAsync($"/hr/assignments/{overdue}")).ReadTextAsync();
        Assert.Contains("Muistutusviestit: 2 lähetetty, 0 odottaa, 0 ei lähtenyt", hrPage, StringComparison.Ordinal);

        using var ainoPages = await app.BrowserAs(aino.Email!);
        var notice = $"Muistutus organisaatioltasi: {course.TitleFi}, määräaika oli {today.AddDays(-3).ToString("d.M.yyyy", CultureInfo.InvariantCulture)}.";
        Assert.Contains(notice, await (await ainoPages.GetAsync("/")).ReadTextAsync(), StringComparison.Ordinal);
        var reminder = recorded.Single(r => r.UserId == aino.Id).Id;
        using var dismissed = await ainoPages.PostFormAsync($"/?handler=DismissReminder&reminderId={reminder}", [], "/");
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        Assert.DoesNotContain(notice, await (await ainoPages.GetAsync("/")).ReadTextAsync(), StringComparison.Ordinal);

        // Once the interval has passed, the same person may be reminded again.
        await app.QueryAsync(db => db.Reminders.Where(r => r.Id == reminder).ExecuteUpdateAsync(r => r.SetProperty(x => x.SentAt, DateTime.UtcNow.AddDays(-8))));
        using var later = await hr.PostAsJsonAsync($"/api/hr/assignments/{overdue}/reminders", new { userId = aino.Id });
        Assert.Equal(1, (await later.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reminded").GetInt32());
    }

    private static async Task<Guid> AssignAsync(HttpClient hr, Guid course, DateOnly dueOn, params Data.Identity.AcademyUser[] people)
    {
        using var response = await hr.PostAsJsonAsync("/api/hr/assignments", new { courseId = course, dueOn, audience = "People", emails = string.Join("\n", people.Select(p => p.Email)) });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assignment").GetProperty("id").GetGuid();
    }

    private async Task<Data.Identity.AcademyUser> SpeakingAsync(Data.Identity.AcademyUser person, string language)
    {
        await app.QueryAsync(db => db.Users.Where(u => u.Id == person.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.PreferredLanguage, language)));
        return person;
    }

    /// <summary>The mail's calendar attachment, its folded lines joined again.</summary>
    private static string Calendar(MimeMessage message)
    {
        var part = message.Attachments.OfType<MimePart>().Single(a => a.ContentType.MimeType == "text/calendar");
        using var content = new MemoryStream();
        part.Content!.DecodeTo(content);
        return Encoding.UTF8.GetString(content.ToArray()).Replace("\r\n ", "", StringComparison.Ordinal);
    }

    private static string Local(DateTime utc) => FinnishTime.ToLocal(utc).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"https://akatemia\.test/account/set-password\?user=[0-9a-f-]+&token=\S+")]
    private static partial Regex SetPasswordLink();
}
