using Soteliiderit.Academy.Web.Demo;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Features.Admin;
using Soteliiderit.Academy.Web.Features.Comparison;
using Soteliiderit.Academy.Web.Features.Assignments;
using Soteliiderit.Academy.Web.Features.Authoring;
using Soteliiderit.Academy.Web.Features.Certificates;
using Soteliiderit.Academy.Web.Features.Courses;
using Soteliiderit.Academy.Web.Features.Hr;
using Soteliiderit.Academy.Web.Features.HrDashboard;
using Soteliiderit.Academy.Web.Features.IdeaBank;
using Soteliiderit.Academy.Web.Features.Mail;
using Soteliiderit.Academy.Web.Features.Materials;
using Soteliiderit.Academy.Web.Features.Units;
using Soteliiderit.Academy.Web.Features.Webinars;
using Soteliiderit.Academy.Web.Features.Xapi;
using Soteliiderit.Academy.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddAcademyLogging();
builder.AddAcademyTelemetry();
builder.AddAcademyData();
builder.AddAcademyCluster();
builder.Services.AddAcademyIdentity();
builder.Services.AddCourses();
builder.Services.AddCertificates();
builder.Services.AddAuthoring();
builder.Services.AddMaterials();
builder.Services.AddWebinars();
builder.Services.AddAdministration();
builder.Services.AddHrScope();
builder.Services.AddUnits();
builder.Services.AddAssignments();
builder.Services.AddMail();
builder.Services.AddIdeaBank();
builder.Services.AddHrDashboard();
builder.Services.AddComparison();
builder.Services.AddXapi();
builder.Services.AddAcademyLocalization();
builder.Services.AddAcademyPages();
builder.Services.AddAcademyApi();
builder.Services.AddAcademyHealthChecks();
builder.Services.AddDemoData();

var app = builder.Build();

await app.CheckClusterStorageAsync();
await app.MigrateDatabaseAsync();
// A command run beside a live node leaves its room alone: only a node that is about to serve closes what it left open.
if (await CreateAdminCommand.TryRunAsync(app, args))
{
    return;
}

await app.CloseAttendanceLeftOpenAsync();

app.UseAcademyErrorHandling();
app.UseRequestCharsetCheck();
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
// After authentication, so that upload blocks are counted per person rather than per municipality's address.
app.UseAuthentication();
app.UseRateLimiter();
app.UseAcademyLocalization();
app.UseAuthorization();

app.MapAccountApi();
app.MapCoursesApi();
app.MapAuthoringApi();
app.MapCertificatesApi();
app.MapMaterialsApi();
app.MapMaterialUploadsApi();
app.MapWebinarsApi();
app.MapWebinarHub();
app.MapHrApi();
app.MapUnitsApi();
app.MapAssignmentsApi();
app.MapIdeaBankApi();
app.MapHrDashboardApi();
app.MapComparisonApi();
app.MapXapiApi();
app.MapAdminApi();
app.MapAcademyHealthChecks();
app.MapOpenApi().AllowAnonymous();
app.MapRazorPages();

app.LogStartupBanner();
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
