using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Soteliiderit.Academy.Data;
using Soteliiderit.Academy.Data.Courses;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Data.Materials;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Materials.Inspection;
using Soteliiderit.Academy.Web.Features.Account;

namespace Soteliiderit.Academy.Web.Features.Materials;

public sealed record MaterialSummary(
    Guid Id,
    LocalizedText Title,
    LocalizedText Description,
    MaterialKind Kind,
    MaterialStatus Status,
    CourseThemes Themes,
    int CurrentVersion,
    string FileName,
    long Length,
    DateTime UpdatedAt);

public sealed record MaterialVersionView(int Number, string FileName, string ContentType, long Length, string Sha256, DateTime UploadedAt, string UploadedBy, bool IsCurrent);

public sealed record MaterialView(MaterialSummary Summary, IReadOnlyList<MaterialVersionView> Versions)
{
    public MaterialVersionView Current => Versions.First(v => v.IsCurrent);
}

/// <summary>What describes a material: titles and descriptions in fi/sv/en, and themes.</summary>
public sealed record MaterialDetails(LocalizedText Title, LocalizedText Description, CourseThemes Themes);

public sealed record MaterialQuery(string? Search = null, CourseThemes? Theme = null, MaterialKind? Kind = null);

/// <summary>
/// The coaching material library: who sees what (supervisors the published material, facilitators also
/// drafts), search, and recording uploads once their bytes are safely in the store.
/// </summary>
public sealed class MaterialLibrary(AcademyDbContext db, TimeProvider time)
{
    public const int PageSize = 100;

    public static bool SeesDrafts(ClaimsPrincipal user) => user.IsInRole(Roles.Facilitator) || user.IsInRole(Roles.Admin);

    public async Task<IReadOnlyList<MaterialSummary>> SearchAsync(ClaimsPrincipal user, MaterialQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var materials = Visible(user);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var words = SearchWords(query.Search);
            foreach (var word in words)
            {
                materials = materials.Where(m => m.SearchText.Contains(word));
            }
        }

        if (query.Theme is { } theme and not CourseThemes.None)
        {
            materials = materials.Where(m => (m.Themes & theme) == theme);
        }

        if (query.Kind is { } kind)
        {
            var types = FileType.All.Where(t => t.Kind == kind).Select(t => t.ContentType).ToList();
            materials = materials.Where(m => types.Contains(m.ContentType));
        }

        return await SummariesAsync(materials.OrderByDescending(m => m.UpdatedAt).Take(PageSize));
    }

    public async Task<MaterialView?> FindAsync(ClaimsPrincipal user, Guid id)
    {
        var material = await Visible(user).Include(m => m.Versions).SingleOrDefaultAsync(m => m.Id == id);
        if (material is null)
        {
            return null;
        }

        var uploaders = material.Versions.Select(v => v.UploadedBy).Distinct().ToList();
        var names = await db.Users.Where(u => uploaders.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var versions = material.Versions
            .OrderByDescending(v => v.Number)
            .Select(v => new MaterialVersionView(v.Number, v.FileName, v.ContentType, v.Length, v.Sha256, v.UploadedAt, names.GetValueOrDefault(v.UploadedBy, ""), v.Number == material.CurrentVersion))
            .ToList();
        return new MaterialView(Summarize(material, material.Versions.Single(v => v.Number == material.CurrentVersion)), versions);
    }

    /// <summary>The stored file of one version (the current one when <paramref name="number"/> is null), if the user may see it.</summary>
    public Task<MaterialVersion?> FindVersionAsync(ClaimsPrincipal user, Guid id, int? number) =>
        Visible(user).Where(m => m.Id == id)
            .SelectMany(m => m.Versions.Where(v => v.Number == (number ?? m.CurrentVersion)))
            .AsNoTracking()
            .SingleOrDefaultAsync();

    /// <summary>Records a new material, a draft, whose first version is <paramref name="file"/>.</summary>
    public async Task<Guid> CreateAsync(Guid id, MaterialDetails details, ReceivedFile file, Guid uploader)
    {
        ArgumentNullException.ThrowIfNull(file);
        Check(details);
        var now = time.GetUtcNow().UtcDateTime;
        var material = new Material
        {
            Id = id,
            Status = MaterialStatus.Draft,
            CurrentVersion = 1,
            ContentType = file.Type.ContentType,
            SearchText = "",
            CreatedBy = uploader,
            CreatedAt = now,
            UpdatedAt = now,
        };
        Describe(material, details, file.FileName);
        material.Versions.Add(VersionOf(id, file, 1, uploader, now));
        db.Materials.Add(material);
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>
    /// Adds <paramref name="file"/> as the material's next version and makes it the current one. Two uploads at
    /// once both land: the one that loses the race for a number takes the next.
    /// </summary>
    public async Task<int> AddVersionAsync(Guid id, ReceivedFile file, Guid uploader)
    {
        ArgumentNullException.ThrowIfNull(file);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryAddVersionAsync(id, file, uploader);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<int> TryAddVersionAsync(Guid id, ReceivedFile file, Guid uploader)
    {
        var material = await db.Materials.SingleOrDefaultAsync(m => m.Id == id) ?? throw RuleViolationException.NotFound("MaterialNotFound");
        var now = time.GetUtcNow().UtcDateTime;
        var number = await db.MaterialVersions.Where(v => v.MaterialId == id).MaxAsync(v => v.Number) + 1;
        db.MaterialVersions.Add(VersionOf(id, file, number, uploader, now));
        material.CurrentVersion = number;
        material.ContentType = file.Type.ContentType;
        material.UpdatedAt = now;
        Describe(material, DetailsOf(material), file.FileName);
        await db.SaveChangesAsync();
        return number;
    }

    public async Task UpdateAsync(Guid id, MaterialDetails details)
    {
        Check(details);
        var material = await db.Materials.Include(m => m.Versions).SingleOrDefaultAsync(m => m.Id == id) ?? throw RuleViolationException.NotFound("MaterialNotFound");
        Describe(material, details, material.Versions.Single(v => v.Number == material.CurrentVersion).FileName);
        material.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
    }

    public async Task SetStatusAsync(Guid id, MaterialStatus status)
    {
        var material = await db.Materials.SingleOrDefaultAsync(m => m.Id == id) ?? throw RuleViolationException.NotFound("MaterialNotFound");
        if (material.Status != status)
        {
            material.Status = status;
            material.UpdatedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Published material for lesson and webinar pickers, newest first.</summary>
    public async Task<IReadOnlyList<MaterialSummary>> PublishedAsync(IReadOnlyCollection<Guid>? only = null)
    {
        var materials = db.Materials.AsNoTracking().Where(m => m.Status == MaterialStatus.Published);
        if (only is not null)
        {
            materials = materials.Where(m => only.Contains(m.Id));
        }

        return await SummariesAsync(materials.OrderByDescending(m => m.UpdatedAt));
    }

    public static void Check(MaterialDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = new List<FieldError>();
        if (details.Title.IsEmpty)
        {
            errors.Add(new FieldError("Title", "Required"));
        }

        errors.AddRange(TooLong("Title", details.Title, Limits.Title));
        errors.AddRange(TooLong("Description", details.Description, Limits.Summary));
        if (errors.Count > 0)
        {
            throw new RuleViolationException(RuleKind.Invalid, "Invalid", errors);
        }
    }

    private IQueryable<Material> Visible(ClaimsPrincipal user) =>
        SeesDrafts(user) ? db.Materials.AsNoTracking() : db.Materials.AsNoTracking().Where(m => m.Status == MaterialStatus.Published);

    private static IEnumerable<FieldError> TooLong(string field, LocalizedText text, int maxLength) =>
        Languages.All.Where(language => text[language]?.Length > maxLength).Select(language => new FieldError($"{field}.{language}", "TooLong", maxLength));

    private static IReadOnlyList<string> SearchWords(string search) =>
        [.. search.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(8)];

    private static void Describe(Material material, MaterialDetails details, string fileName)
    {
        var (title, description) = (details.Title.Normalized(), details.Description.Normalized());
        (material.TitleFi, material.TitleSv, material.TitleEn) = (title.Fi, title.Sv, title.En);
        (material.DescriptionFi, material.DescriptionSv, material.DescriptionEn) = (description.Fi, description.Sv, description.En);
        material.Themes = details.Themes;
        var text = string.Join(' ', new[] { title.Fi, title.Sv, title.En, description.Fi, description.Sv, description.En, fileName }.Where(t => t is not null));
        material.SearchText = text.ToLowerInvariant()[..Math.Min(text.Length, Limits.SearchText)];
    }

    private static MaterialDetails DetailsOf(Material m) =>
        new(new LocalizedText(m.TitleFi, m.TitleSv, m.TitleEn), new LocalizedText(m.DescriptionFi, m.DescriptionSv, m.DescriptionEn), m.Themes);

    private static MaterialVersion VersionOf(Guid materialId, ReceivedFile file, int number, Guid uploader, DateTime now) => new()
    {
        MaterialId = materialId,
        Number = number,
        BlobName = file.BlobName,
        FileName = file.FileName,
        ContentType = file.Type.ContentType,
        Length = file.Length,
        Sha256 = file.Sha256,
        Pages = file.Pages,
        UploadedBy = uploader,
        UploadedAt = now,
    };

    private static async Task<IReadOnlyList<MaterialSummary>> SummariesAsync(IQueryable<Material> materials)
    {
        var rows = await materials
            .Select(m => new { Material = m, Version = m.Versions.First(v => v.Number == m.CurrentVersion) })
            .ToListAsync();
        return [.. rows.Select(row => Summarize(row.Material, row.Version))];
    }

    private static MaterialSummary Summarize(Material m, MaterialVersion current)
    {
        var details = DetailsOf(m);
        return new(m.Id, details.Title, details.Description, FileType.ByContentType(m.ContentType)?.Kind ?? MaterialKind.Pdf, m.Status, m.Themes,
            m.CurrentVersion, current.FileName, current.Length, m.UpdatedAt);
    }
}
