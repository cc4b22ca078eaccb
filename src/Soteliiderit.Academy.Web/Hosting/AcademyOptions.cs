using System.ComponentModel.DataAnnotations;
using Soteliiderit.Academy.Data;

namespace Soteliiderit.Academy.Web.Hosting;

/// <summary>The "Academy" configuration section, validated at start.</summary>
public sealed class AcademyOptions
{
    public const string Section = "Academy";

    /// <summary>Where the embedded setup keeps its SQLite file, materials and keys. Default: ./App_Data under the content root.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>
    /// The academy's address as people reach it (https://akatemia.example.fi). Links the academy hands out
    /// (set-password links, certificate verification) use it, so a forged Host header cannot redirect them.
    /// When unset, the address of the request is used, which suits a local trial.
    /// </summary>
    [Url]
    public string? PublicAddress { get; set; }

    [Required]
    public DatabaseOptions Database { get; set; } = new();

    [Required]
    public DemoOptions Demo { get; set; } = new();

    public string ResolveDataDirectory(string contentRoot) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(DataDirectory) ? Path.Combine(contentRoot, "App_Data") : DataDirectory, contentRoot);
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for PostgreSQL and SQL Server; for SQLite the default is a file in the data directory.</summary>
    public string? ConnectionString { get; set; }
}

public sealed class DemoOptions
{
    /// <summary>Seed demo organizations, courses and accounts. Never in production.</summary>
    public bool Seed { get; set; }

    /// <summary>The password of every demo account; required when seeding.</summary>
    public string? Password { get; set; }
}
