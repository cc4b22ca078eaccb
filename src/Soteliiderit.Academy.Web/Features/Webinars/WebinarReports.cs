using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Webinars;
using Soteliiderit.Academy.Grains.Webinars;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Web.Features.Webinars;

public sealed record RegistrationRow(Guid UserId, string Name, string? Email, string? Organization, RegistrationState State, DateTime RegisteredAt);

/// <param name="Percent">Share of the scheduled duration, 0–100.</param>
public sealed record AttendanceRow(Guid UserId, string Name, string? Email, string? Organization, DateTime FirstJoined, DateTime? LastLeft, int Minutes, int Percent);

/// <summary>Who registered and who attended, limited to the people the reader may see (<see cref="WebinarDirectory.ReportScopeAsync"/>).</summary>
public sealed class WebinarReports(AcademyDbContext db)
{
    public async Task<IReadOnlyList<RegistrationRow>> RegistrationsAsync(Guid webinarId, IQueryable<AcademyUser> people)
    {
        var rows = await (from r in db.WebinarRegistrations.AsNoTracking()
                          join u in people on r.UserId equals u.Id
                          where r.WebinarId == webinarId
                          orderby r.State, r.RegisteredAt
                          select new { r, u.DisplayName, u.Email, u.OrganizationId }).ToListAsync();
        var organizations = await OrganizationNamesAsync();
        return [.. rows.Select(x => new RegistrationRow(x.r.UserId, x.DisplayName, x.Email, NameOf(organizations, x.OrganizationId), x.r.State, x.r.RegisteredAt))];
    }

    public async Task<IReadOnlyList<AttendanceRow>> AttendanceAsync(Guid webinarId, IQueryable<AcademyUser> people)
    {
        if (await db.Webinars.AsNoTracking().SingleOrDefaultAsync(w => w.Id == webinarId) is not { } webinar)
        {
            return [];
        }

        var stretches = await (from a in db.WebinarAttendance.AsNoTracking()
                               join u in people on a.UserId equals u.Id
                               where a.WebinarId == webinar.Id
                               select new { a, u.DisplayName, u.Email, u.OrganizationId }).ToListAsync();
        var organizations = await OrganizationNamesAsync();
        return [.. stretches.GroupBy(x => x.a.UserId).Select(g =>
        {
            var person = g.First();
            var share = AttendanceShare.Of(g.Select(x => x.a), webinar);
            var left = g.All(x => x.a.LeftAt is not null) ? g.Max(x => x.a.LeftAt) : null;
            return new AttendanceRow(g.Key, person.DisplayName, person.Email, NameOf(organizations, person.OrganizationId), g.Min(x => x.a.JoinedAt), left, share.Minutes, share.Percent);
        }).OrderByDescending(r => r.Minutes).ThenBy(r => r.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>The attendance report as CSV (UTF-8 with BOM so spreadsheets read ä and å), times in Finnish time.</summary>
    public static byte[] ToCsv(IReadOnlyList<AttendanceRow> rows, Func<string, string> header)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(header);
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        // A name starting with = + - @ must not become a spreadsheet formula.
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var name in new[] { "Name", "Email", "Organization", "Joined", "Left", "Minutes", "Percent" })
            {
                csv.WriteField(header(name));
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                csv.WriteField(row.Name);
                csv.WriteField(row.Email);
                csv.WriteField(row.Organization);
                csv.WriteField(FinnishTime.ToLocal(row.FirstJoined).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
                csv.WriteField(row.LastLeft is { } left ? FinnishTime.ToLocal(left).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "");
                csv.WriteField(row.Minutes);
                csv.WriteField(row.Percent);
                csv.NextRecord();
            }
        }

        return buffer.ToArray();
    }

    private async Task<Dictionary<Guid, string>> OrganizationNamesAsync() =>
        await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.NameIn(LocalizationSetup.CurrentLanguage));

    private static string? NameOf(Dictionary<Guid, string> organizations, Guid? id) => id is { } key ? organizations.GetValueOrDefault(key) : null;
}
