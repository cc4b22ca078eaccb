using Soteliiderit.Academy.Data.Organizations;

namespace Soteliiderit.Academy.Web.Features.Units;

/// <summary>One organization's units as a tree: each unit's path from the top, and what lies under a unit.</summary>
public sealed class UnitTree(IReadOnlyList<OrganizationUnit> units)
{
    private readonly Dictionary<Guid, OrganizationUnit> _byId = units.ToDictionary(u => u.Id);

    /// <summary>The tree of units as a page lists them.</summary>
    public static UnitTree Of(IEnumerable<UnitView> units) =>
        new([.. units.Select(u => new OrganizationUnit { Id = u.Id, ParentId = u.ParentId, NameFi = u.NameFi, NameSv = u.NameSv })]);

    public bool Contains(Guid unitId) => _byId.ContainsKey(unitId);

    /// <summary>The names from the top-level unit down to this one ("Sosiaali- ja terveystoimi / Vanhuspalvelut / Kotihoito").</summary>
    public string PathOf(Guid unitId, string language)
    {
        var names = new List<string>();
        for (var at = _byId.GetValueOrDefault(unitId); at is not null && names.Count <= _byId.Count; at = at.ParentId is { } up ? _byId.GetValueOrDefault(up) : null)
        {
            names.Add(language == "sv" ? at.NameSv : at.NameFi);
        }

        names.Reverse();
        return string.Join(" / ", names);
    }

    /// <summary>Whether <paramref name="candidate"/> is the unit itself or lies anywhere under it (moving it there would make a loop).</summary>
    public bool IsWithin(Guid candidate, Guid unitId)
    {
        var steps = 0;
        for (Guid? at = candidate; at is { } id && steps++ <= _byId.Count; at = _byId.GetValueOrDefault(id)?.ParentId)
        {
            if (id == unitId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The unit a path names, from the top down, each step by its Finnish or Swedish name (case aside): how an import
    /// file names a supervisor's unit. Null when no unit has that path.
    /// </summary>
    public Guid? Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Guid? at = null;
        foreach (var step in path.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parent = at;
            at = _byId.Values.FirstOrDefault(u => u.ParentId == parent
                && (string.Equals(u.NameFi, step, StringComparison.OrdinalIgnoreCase) || string.Equals(u.NameSv, step, StringComparison.OrdinalIgnoreCase)))?.Id;
            if (at is null)
            {
                return null;
            }
        }

        return at;
    }

    /// <summary>The unit and every unit under it, at any depth.</summary>
    /// <summary>The units right under <paramref name="parent"/> (null: the top-level units), by Finnish name.</summary>
    public IReadOnlyList<Guid> ChildrenOf(Guid? parent) =>
        [.. _byId.Values.Where(u => u.ParentId == parent).OrderBy(u => u.NameFi, StringComparer.CurrentCulture).Select(u => u.Id)];

    public IReadOnlySet<Guid> WithSubUnits(Guid unitId) => _byId.Keys.Where(id => IsWithin(id, unitId)).ToHashSet();
}
