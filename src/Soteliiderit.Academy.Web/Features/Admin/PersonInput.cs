using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Grains;

namespace Soteliiderit.Academy.Web.Features.Admin;

public sealed class PersonInput
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public string Role { get; set; } = Roles.Supervisor;

    public Guid? OrganizationId { get; set; }

    public string Language { get; set; } = Languages.Finnish;

    public NewAccount ToAccount() => new(Email ?? "", DisplayName ?? "", Role, OrganizationId, Language);
}

public sealed record PersonFieldsModel(PersonInput Input, IReadOnlyList<OrganizationSummary> Organizations);
