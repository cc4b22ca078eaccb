namespace Soteliiderit.Academy.Data.Organizations;

/// <summary>
/// A part of an employer (toimiala → tulosalue → yksikkö, as deep as the employer's own chart): a tree under the
/// organization, each supervisor in one unit. <see cref="ParentId"/> null is a top-level unit.
/// </summary>
public sealed class OrganizationUnit
{
    public Guid Id { get; set; }

    public Guid OrganizationId { get; set; }

    public Guid? ParentId { get; set; }

    public required string NameFi { get; set; }

    public required string NameSv { get; set; }

    public DateTime CreatedAt { get; set; }
}
