using Microsoft.AspNetCore.Identity;
using Soteliiderit.Academy.Data.Organizations;

namespace Soteliiderit.Academy.Data.Identity;

public sealed class AcademyUser : IdentityUser<Guid>
{
    private string _displayName = "";

    public required string DisplayName
    {
        get => _displayName;
        set
        {
            _displayName = value;
            SearchName = value.ToLowerInvariant();
        }
    }

    /// <summary>
    /// The name lower-cased by .NET, so a search finds "Äijälä" typed as "äijälä" on every database (SQLite's
    /// lower() changes ASCII letters only).
    /// </summary>
    public string SearchName { get; private set; } = "";

    /// <summary>Supervisors and HR belong to exactly one employer; facilitators and admins to none.</summary>
    public Guid? OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    /// <summary>The unit of their organization a supervisor belongs to (none until HR places them).</summary>
    public Guid? UnitId { get; set; }

    /// <summary>fi, sv or en: the language the user picked last.</summary>
    public string PreferredLanguage { get; set; } = "fi";

    /// <summary>False once the person has left: they cannot sign in, their history stays for reports.</summary>
    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public DateTime? DeactivatedAt { get; set; }
}

public sealed class AcademyRole : IdentityRole<Guid>
{
    public AcademyRole()
    {
    }

    public AcademyRole(string name)
        : base(name)
    {
    }
}

/// <summary>The four roles of the academy; names are stored in the database, so they never change.</summary>
public static class Roles
{
    public const string Supervisor = "Supervisor";
    public const string Facilitator = "Facilitator";
    public const string Hr = "Hr";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Supervisor, Facilitator, Hr, Admin];

    /// <summary>Roles whose holders belong to one employer organization.</summary>
    public static bool BelongsToOrganization(string role) => role is Supervisor or Hr;
}
