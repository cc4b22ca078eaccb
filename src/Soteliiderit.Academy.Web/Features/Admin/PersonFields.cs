using Soteliiderit.Academy.Web.Features.Units;

namespace Soteliiderit.Academy.Web.Features.Admin;

/// <summary>What the person form offers: every organization, and the units of the one chosen.</summary>
public static class PersonFields
{
    public static async Task<PersonFieldsModel> ForAsync(PersonInput input, OrganizationDirectory organizations, UnitDirectory units)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(units);
        var choices = input.OrganizationId is { } organization ? await units.ListAsync(organization) : [];
        return new PersonFieldsModel(input, await organizations.ListAsync(), choices);
    }
}
