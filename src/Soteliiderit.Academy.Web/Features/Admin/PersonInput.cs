using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Grains;
using Soteliiderit.Academy.Web.Features.Units;

namespace Soteliiderit.Academy.Web.Features.Admin;

public sealed class PersonInput
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public string Role { get; set; } = Roles.Supervisor;

    public Guid? OrganizationId { get; set; }

    public Guid? UnitId { get; set; }

    public string Language { get; set; } = Languages.Finnish;

    public NewAccount ToAccount() => new(Email ?? "", DisplayName ?? "", Role, OrganizationId, Language, UnitId);

    public static PersonInput Of(PersonSummary person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new()
        {
            Email = person.Email,
            DisplayName = person.DisplayName,
            Role = string.IsNullOrEmpty(person.Role) ? Roles.Supervisor : person.Role,
            OrganizationId = person.OrganizationId,
            UnitId = person.UnitId,
            Language = person.Language,
        };
    }
}

/// <param name="Units">The units of the organization chosen in <paramref name="Input"/>.</param>
public sealed record PersonFieldsModel(PersonInput Input, IReadOnlyList<OrganizationSummary> Organizations, IReadOnlyList<UnitView> Units);
