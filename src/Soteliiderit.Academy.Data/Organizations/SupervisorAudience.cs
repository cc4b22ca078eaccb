namespace Soteliiderit.Academy.Data.Organizations;

/// <summary>Whom among an organization's supervisors HR addresses: an assignment, a recommendation.</summary>
public enum SupervisorAudience
{
    /// <summary>One supervisor, or a pasted list of them.</summary>
    People = 1,

    /// <summary>Everyone in one unit itself.</summary>
    Unit = 2,

    /// <summary>Everyone in one unit and in the units under it.</summary>
    UnitAndSubUnits = 3,

    /// <summary>Every supervisor of the organization.</summary>
    Everyone = 4,
}
