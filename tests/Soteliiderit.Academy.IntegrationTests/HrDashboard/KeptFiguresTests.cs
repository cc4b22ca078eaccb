using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Orleans;
using Soteliiderit.Academy.Grains.Courses;
using Soteliiderit.Academy.Web.Demo;
using Soteliiderit.Academy.Web.Features.Webinars;

namespace Soteliiderit.Academy.IntegrationTests.HrDashboard;

/// <summary>
/// The dashboard keeps an organization's counted figures between requests; each step here is something people do
/// that changes them, and HR's next look must already show it.
/// </summary>
public sealed class KeptFiguresTests(AcademyApp app) : IClassFixture<AcademyApp>
{
    private const string UnitName = "Muuttuvien lukujen yksikkö";

    private static readonly Guid Basics = DemoCourses.RemoteLeadershipBasics;

    private static DateOnly Today => DateOnly.FromDateTime(FinnishTime.ToLocal(DateTime.UtcNow));

    [Fact]
    public async Task Every_change_people_make_shows_on_hrs_next_look_although_the_figures_are_kept()
    {
        var unit = await app.AddUnitAsync(DemoSeeder.OrganizationA, UnitName);
        var elsewhere = await app.AddUnitAsync(DemoSeeder.OrganizationA, "Naapuriyksikkö");
        var person = await app.AddPersonAsync(name: "Muuttuva Esihenkilö");
        await app.PlaceAsync(person, unit);
        using var hr = await app.ApiAs(DemoAccounts.HrA);
        Assert.Equal((1, 0, 0, 0, 0), await FiguresAsync(hr, unit));

        using var assigned = await hr.PostAsJsonAsync("/api/hr/assignments", new { courseId = Basics, dueOn = Today.AddDays(7), audience = "People", userId = person.Id });
        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        var assignment = (await assigned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assignment").GetProperty("id").GetGuid();
        Assert.Equal((1, 1, 0, 0, 0), await FiguresAsync(hr, unit));

        using var learner = await app.ApiAs(person.Email!);
        (await learner.PostAsync($"/api/courses/{Basics}/enrollment", null)).EnsureSuccessStatusCode();
        Assert.Equal((1, 1, 1, 0, 0), await FiguresAsync(hr, unit));

        await CompleteAsync(learner);
        Assert.Equal((1, 1, 0, 1, 1), await FiguresAsync(hr, unit));

        var newcomer = await app.AddPersonAsync(name: "Tuleva Esihenkilö");
        await app.PlaceAsync(newcomer, unit);
        Assert.Equal((2, 1, 0, 1, 1), await FiguresAsync(hr, unit));

        await app.PlaceAsync(newcomer, elsewhere);
        Assert.Equal((1, 1, 0, 1, 1), await FiguresAsync(hr, unit));

        (await hr.DeleteAsync($"/api/hr/assignments/{assignment}")).EnsureSuccessStatusCode();
        Assert.Equal((1, 0, 0, 0, 1), await FiguresAsync(hr, unit));

        // An import saves in one transaction: the figures follow its commit.
        using var admin = await app.ApiAs(DemoAccounts.Admin);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes($"email,name,unit\ntuotu.1.{Guid.NewGuid():N}@academy.test,Tuotu Yksi,{UnitName}\ntuotu.2.{Guid.NewGuid():N}@academy.test,Tuotu Kaksi,{UnitName}\n"));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "esihenkilot.csv");
        (await admin.PostAsync($"/api/admin/organizations/{DemoSeeder.OrganizationA}/supervisors/import", form)).EnsureSuccessStatusCode();
        Assert.Equal((3, 0, 0, 0, 1), await FiguresAsync(hr, unit));
    }

    /// <summary>The unit's supervisors and, of the course: assigned, in progress, completed of the assigned, completed of the catalogue.</summary>
    private static async Task<(int, int, int, int, int)> FiguresAsync(HttpClient hr, Guid unit)
    {
        var dashboard = await hr.GetFromJsonAsync<JsonElement>($"/api/hr/dashboard?courseId={Basics}&unitId={unit}");
        var counts = Assert.Single(dashboard.GetProperty("courses").EnumerateArray()).GetProperty("counts");
        return (dashboard.GetProperty("supervisors").GetInt32(), counts.GetProperty("assigned").GetInt32(), counts.GetProperty("inProgress").GetInt32(),
            counts.GetProperty("completed").GetInt32(), counts.GetProperty("catalogueCompleted").GetInt32());
    }

    /// <summary>Every required lesson the way the learner's page sends them, so the learner's grain writes the completion.</summary>
    private async Task CompleteAsync(HttpClient learner)
    {
        var course = (await app.Service<IGrainFactory>().GetGrain<ICourseGrain>(Basics.ToString()).GetPublished())!;
        foreach (var lesson in course.Content.Lessons.Where(l => l.Required))
        {
            using var response = lesson.Kind switch
            {
                LessonKind.Reflection => await learner.PutAsJsonAsync($"/api/courses/{Basics}/lessons/{lesson.Key}/reflection", new { answer = "Sovimme viikkorytmistä." }),
                LessonKind.Quiz => await learner.PostAsJsonAsync($"/api/courses/{Basics}/lessons/{lesson.Key}/quiz-attempts", new
                {
                    answers = lesson.Quiz!.Questions.Select(q => new { questionKey = q.Key, optionKeys = q.Options.Where(o => o.Correct).Select(o => o.Key) }),
                }),
                _ => await learner.PostAsync($"/api/courses/{Basics}/lessons/{lesson.Key}/completion", null),
            };
            response.EnsureSuccessStatusCode();
        }
    }
}
