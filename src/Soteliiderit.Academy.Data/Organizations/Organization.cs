namespace Soteliiderit.Academy.Data.Organizations;

/// <summary>An employer whose supervisors study in the academy. HR sees one organization only.</summary>
public sealed class Organization
{
    public Guid Id { get; set; }

    public required string NameFi { get; set; }

    public required string NameSv { get; set; }

    public OrganizationKind Kind { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// A new value whenever a row HR's reports count changes for this organization (see
    /// <see cref="ReportStampInterceptor"/>), so figures a node keeps know when they are old.
    /// </summary>
    public Guid ReportStamp { get; set; }

    /// <summary>The Swedish name for Swedish readers, the Finnish one for everyone else.</summary>
    public string NameIn(string language) => language == "sv" ? NameSv : NameFi;
}

public enum OrganizationKind
{
    Municipality = 1,
    JointMunicipalAuthority = 2,
    WellbeingServicesCounty = 3,
}
