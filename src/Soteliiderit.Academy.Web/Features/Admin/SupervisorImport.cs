using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Units;

namespace Soteliiderit.Academy.Web.Features.Admin;

/// <summary>One problem in an import file, at the line a spreadsheet shows (the header is line 1).</summary>
public sealed record ImportLineError(int Line, string Field, string Code, object[] Arguments)
{
    /// <summary>The file's column the problem is in ("language"), or null for the line or file as a whole.</summary>
    public string? Column => Field switch
    {
        "Email" => "email",
        "DisplayName" => "name",
        "Language" => "language",
        "Unit" => "unit",
        _ => null,
    };
}

public sealed record ImportedPerson(Guid Id, string Email, string DisplayName, string SetPasswordLink);

public sealed class ImportRejectedException : Exception
{
    public ImportRejectedException(IReadOnlyList<ImportLineError> errors)
        : base("The import file has errors; nothing was imported.") => Errors = errors;

    public ImportRejectedException()
        : this([])
    {
    }

    public ImportRejectedException(string message)
        : base(message) => Errors = [];

    public ImportRejectedException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    public IReadOnlyList<ImportLineError> Errors { get; }
}

/// <summary>
/// An organization's supervisors from a CSV file with the columns email and name (and optionally language, and unit:
/// the unit's path from the top, "Sosiaali- ja terveystoimi / Vanhuspalvelut / Kotihoito"), separated by commas or
/// semicolons, as spreadsheets save them. All or nothing: any bad line is reported by
/// its number and nothing is imported.
/// </summary>
public sealed class SupervisorImport(UserAccounts accounts, AcademyDbContext db, Assignments.AssignmentNewcomers newcomers)
{
    public const int MaxRows = 5000;
    public const long MaxBytes = 1024 * 1024;
    public const int ProgressEvery = 25;

    /// <param name="progress">Told how many people are in so far, every <see cref="ProgressEvery"/> and at the end.</param>
    public async Task<IReadOnlyList<ImportedPerson>> ImportAsync(Guid organizationId, Stream csv, HttpRequest request, Func<int, int, Task>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var rows = Read(csv);
        var errors = new List<ImportLineError>();
        var seen = new HashSet<string>();
        var units = new UnitTree(await db.OrganizationUnits.AsNoTracking().Where(u => u.OrganizationId == organizationId).ToListAsync());
        for (var i = 0; i < rows.Count; i++)
        {
            var (line, row, unitPath) = rows[i];
            if (unitPath.Length > 0)
            {
                if (units.Find(unitPath) is { } unit)
                {
                    rows[i] = (line, row with { UnitId = unit }, unitPath);
                }
                else
                {
                    errors.Add(new ImportLineError(line, "Unit", "UnitNotFound", []));
                }
            }
        }

        foreach (var (line, row, _) in rows)
        {
            foreach (var error in await accounts.ValidateAsync(row with { OrganizationId = organizationId }, seen))
            {
                errors.Add(new ImportLineError(line, error.Field, error.Code, error.Arguments));
            }

            seen.Add(row.Email.Trim().ToUpperInvariant());
        }

        if (rows.Count == 0)
        {
            errors.Add(new ImportLineError(2, "File", "ImportEmpty", []));
        }

        if (errors.Count > 0)
        {
            throw new ImportRejectedException(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var imported = new List<(AcademyUser User, string Link)>();
        foreach (var (_, row, _) in rows)
        {
            var user = await accounts.CreateAsync(row with { OrganizationId = organizationId });
            imported.Add((user, await accounts.SetPasswordLinkAsync(user, request)));
            if (progress is not null && (imported.Count % ProgressEvery == 0 || imported.Count == rows.Count))
            {
                await progress(imported.Count, rows.Count);
            }
        }

        await transaction.CommitAsync();
        await newcomers.RegisterForWebinarsAsync([.. imported.Select(i => i.User.Id)]);
        return [.. imported.Select(i => new ImportedPerson(i.User.Id, i.User.Email!, i.User.DisplayName, i.Link))];
    }

    private static List<(int Line, NewAccount Row, string UnitPath)> Read(Stream csv)
    {
        var text = Decode(csv);
        var firstLine = text.Split('\n', 2)[0];
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ";" : ",",
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            BadDataFound = null,
            TrimOptions = TrimOptions.Trim,
        };
        using var parser = new CsvReader(new StringReader(text), configuration);
        if (!parser.Read() || !parser.ReadHeader() || parser.HeaderRecord is not { } header
            || !header.Contains("email", StringComparer.OrdinalIgnoreCase) || !header.Contains("name", StringComparer.OrdinalIgnoreCase))
        {
            throw new ImportRejectedException([new ImportLineError(1, "Header", "ImportHeader", [])]);
        }

        var rows = new List<(int, NewAccount, string)>();
        while (parser.Read())
        {
            if (rows.Count >= MaxRows)
            {
                throw new ImportRejectedException([new ImportLineError(parser.Parser.RawRow, "File", "ImportTooManyRows", [MaxRows])]);
            }

            var email = parser.GetField("email") ?? "";
            var name = parser.GetField("name") ?? "";
            var language = (parser.TryGetField<string>("language", out var l) && !string.IsNullOrWhiteSpace(l) ? l : Languages.Finnish).Trim().ToLowerInvariant();
            if (email.Length == 0 && name.Length == 0)
            {
                continue;
            }

            var unit = parser.TryGetField<string>("unit", out var u) ? u?.Trim() ?? "" : "";
            rows.Add((parser.Parser.RawRow, new NewAccount(email, name, Roles.Supervisor, null, language), unit));
        }

        return rows;
    }

    /// <summary>
    /// UTF-8 (with or without a byte order mark) as modern spreadsheets save; anything that is not valid UTF-8 is
    /// read as Windows Latin 1, which is how Excel in Finland saves "CSV (semicolon)": Mäkelä stays Mäkelä.
    /// </summary>
    private static string Decode(Stream csv)
    {
        using var buffer = new MemoryStream();
        csv.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var body = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(body);
        }
    }
}
