using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Web.Features.Account;
using Soteliiderit.Academy.Web.Hosting;

namespace Soteliiderit.Academy.Bench;

/// <summary>The academy's own database, key ring and Identity, registered as its Program.cs does, for seeding a running academy's storage.</summary>
public static class BenchServices
{
    public static WebApplication Build(IReadOnlyDictionary<string, string> storage, string password)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var dataDirectory = storage["Academy:DataDirectory"];
        Directory.CreateDirectory(dataDirectory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ContentRootPath = dataDirectory });
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(storage.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
        {
            ["Academy:Demo:Seed"] = "true",
            ["Academy:Demo:Password"] = password,
        });
        builder.AddAcademyData();
        builder.Services.AddAcademyIdentity();
        return builder.Build();
    }

    /// <summary>The row Identity writes for a new account with a confirmed e-mail, with a hash made once for all of them.</summary>
    public static AcademyUser Account(ILookupNormalizer normalizer, string email, string name, Guid organization, string passwordHash, DateTime now, Guid? unit = null)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        return new AcademyUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            NormalizedUserName = normalizer.NormalizeName(email),
            Email = email,
            NormalizedEmail = normalizer.NormalizeEmail(email),
            EmailConfirmed = true,
            PasswordHash = passwordHash,
            SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
            DisplayName = name,
            OrganizationId = organization,
            UnitId = unit,
            PreferredLanguage = "fi",
            CreatedAt = now,
        };
    }
}
