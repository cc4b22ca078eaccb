using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Mail;
using Soteliiderit.Academy.Web.Demo;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.IntegrationTests.Mail;

public sealed class MailServerDownTests(MailServerDownApp app) : IClassFixture<MailServerDownApp>
{
    [Fact]
    public async Task With_the_mail_server_down_the_assignment_is_given_all_the_same_and_hr_sees_its_mail_not_sent_after_every_try()
    {
        var person = await app.AddPersonAsync(name: "Posti Ei Kulje");
        var course = await app.QueryAsync(db => db.Courses.Where(c => c.Status == CourseStatus.Published).Select(c => c.Id).FirstAsync());
        var dueOn = DateOnly.FromDateTime(FinnishTime.ToLocal(DateTime.UtcNow)).AddDays(7);
        using var hr = await app.ApiAs(DemoAccounts.HrA);

        using var response = await hr.PostAsJsonAsync("/api/hr/assignments", new { courseId = course, dueOn, audience = "People", userId = person.Id });
        var sent = await app.SendMailAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var assignment = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assignment").GetProperty("id").GetGuid();
        Assert.Equal(0, sent);
        var mail = await app.QueryAsync(db => db.OutgoingMails.SingleAsync(m => m.AboutId == assignment));
        // The first try and the two retries the settings allow.
        Assert.Equal((MailStatus.Failed, 3), (mail.Status, mail.Attempts));
        Assert.Contains("Socket", mail.LastError, StringComparison.Ordinal);
        using var hrPages = await app.BrowserAs(DemoAccounts.HrA);
        var page = await (await hrPages.GetAsync($"/hr/assignments/{assignment}")).ReadTextAsync();
        Assert.Contains("0 lähetetty, 0 odottaa, 1 ei lähtenyt", page, StringComparison.Ordinal);
        Assert.Contains("yritettiin lähettää useita kertoja", page, StringComparison.Ordinal);
        using var supervisor = await app.ApiAs(person.Email!);
        Assert.Single((await supervisor.GetFromJsonAsync<JsonElement>("/api/assignments/mine")).EnumerateArray());
    }
}
