using Soteliiderit.Academy.Data.Identity;

namespace Soteliiderit.Academy.Web.Features.Shared;

/// <summary>The one search of people by name or e-mail, for the admin's and HR's lists.</summary>
public static class PeopleSearch
{
    /// <summary>
    /// People whose name or e-mail contains <paramref name="search"/>; everyone when it is blank. Names compare
    /// lower-cased ("mäkelä" finds "Mäkelä"; SQLite lowers ASCII letters only, so an initial Ä matches as typed
    /// there, PostgreSQL lowers every letter); e-mails by Identity's upper-cased form.
    /// </summary>
    public static IQueryable<AcademyUser> Matching(this IQueryable<AcademyUser> people, string? search)
    {
        ArgumentNullException.ThrowIfNull(people);
        if (string.IsNullOrWhiteSpace(search))
        {
            return people;
        }

        var name = search.Trim().ToLowerInvariant();
        var email = search.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // EF Core translates ToLower() and Contains to the database's lower() and LIKE.
        return people.Where(u => u.DisplayName.ToLower().Contains(name) || u.NormalizedEmail!.Contains(email));
#pragma warning restore CA1304, CA1311, CA1862
    }
}
