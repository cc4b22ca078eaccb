namespace Soteliiderit.Academy.Web.Features.Units;

/// <summary>A unit as its form posts it; blanks and all, for <see cref="UnitDirectory"/> to check.</summary>
public sealed class UnitForm
{
    public string? NameFi { get; set; }

    public string? NameSv { get; set; }

    public Guid? ParentId { get; set; }

    public UnitInput ToInput() => new(NameFi ?? "", NameSv, ParentId);
}

/// <param name="Parents">The units it may be placed under, by path.</param>
public sealed record UnitFieldsModel(UnitForm Input, IReadOnlyList<UnitView> Parents);
