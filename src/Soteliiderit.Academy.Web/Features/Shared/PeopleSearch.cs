using Soteliiderit.Academy.Data.Identity;

namespace Soteliiderit.Academy.Web.Features.Shared;

/// <summary>The one search of people by name or e-mail, for the admin's and HR's lists.</summary>
public static class PeopleSearch
{
    /// <summary>
    /// People whose name or e-mail contains <paramref name="search"/>; everyone when it is blank. Both sides are
    /// normalized in .NET ("äijälä" finds "Äijälä" on SQLite and PostgreSQL alike): names by
    /// <see cref="AcademyUser.SearchName"/>, e-mails by Identity's upper-cased form.
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
        return people.Where(u => u.SearchName.Contains(name) || u.NormalizedEmail!.Contains(email));
    }
}
