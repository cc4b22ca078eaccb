using Soteliiderit.Academy.Data.Organizations;

namespace Soteliiderit.Academy.Web.Demo;

/// <summary>The demo organizations' unit trees and who sits in which unit, read from Demo/Content/units.json.</summary>
internal static class DemoUnits
{
    /// <summary>Every demo unit, parents before children, and each demo supervisor's unit by e-mail.</summary>
    public static (IReadOnlyList<OrganizationUnit> Units, IReadOnlyDictionary<string, Guid> PlaceOf) Read(Func<char, Guid> organizationOf, DateTime now)
    {
        var units = new List<OrganizationUnit>();
        var places = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var organization in DemoContent.Json<UnitsFile>("units.json").Organizations)
        {
            Add(organization.Units, null, organizationOf(organization.Organization));
        }

        return (units, places);

        void Add(IEnumerable<UnitNode> nodes, Guid? parent, Guid organization)
        {
            foreach (var node in nodes)
            {
                var unit = new OrganizationUnit { Id = Guid.NewGuid(), OrganizationId = organization, ParentId = parent, NameFi = node.Fi, NameSv = node.Sv, CreatedAt = now };
                units.Add(unit);
                foreach (var email in node.People ?? [])
                {
                    places[email] = unit.Id;
                }

                Add(node.Units ?? [], unit.Id, organization);
            }
        }
    }

    private sealed record UnitsFile(IReadOnlyList<OrganizationUnits> Organizations);

    private sealed record OrganizationUnits(char Organization, IReadOnlyList<UnitNode> Units);

    private sealed record UnitNode(string Fi, string Sv, IReadOnlyList<UnitNode>? Units, IReadOnlyList<string>? People);
}
