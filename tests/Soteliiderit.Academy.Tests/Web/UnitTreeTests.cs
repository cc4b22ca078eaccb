using Soteliiderit.Academy.Data.Organizations;
using Soteliiderit.Academy.Web.Features.Units;

namespace Soteliiderit.Academy.Tests.Web;

public sealed class UnitTreeTests
{
    private static readonly Guid Organization = Guid.NewGuid();
    private static readonly OrganizationUnit Social = Unit("Sosiaali- ja terveystoimi", "Social- och hälsovårdssektorn", parent: null);
    private static readonly OrganizationUnit Elderly = Unit("Vanhuspalvelut", "Äldreomsorg", Social.Id);
    private static readonly OrganizationUnit HomeCare = Unit("Kotihoito", "Hemvård", Elderly.Id);
    private static readonly OrganizationUnit Education = Unit("Sivistystoimi", "Bildningssektorn", parent: null);
    private readonly UnitTree _tree = new([Social, Elderly, HomeCare, Education]);

    private static OrganizationUnit Unit(string fi, string sv, Guid? parent) =>
        new() { Id = Guid.NewGuid(), OrganizationId = Organization, ParentId = parent, NameFi = fi, NameSv = sv };

    [Fact]
    public void A_units_path_runs_from_the_top_down_in_the_readers_language()
    {
        Assert.Equal("Sosiaali- ja terveystoimi / Vanhuspalvelut / Kotihoito", _tree.PathOf(HomeCare.Id, "fi"));
        Assert.Equal("Social- och hälsovårdssektorn / Äldreomsorg / Hemvård", _tree.PathOf(HomeCare.Id, "sv"));
        Assert.Equal("Sivistystoimi", _tree.PathOf(Education.Id, "en"));
    }

    [Fact]
    public void A_unit_lies_within_itself_and_its_parents_but_not_beside_them()
    {
        Assert.True(_tree.IsWithin(HomeCare.Id, Social.Id));
        Assert.True(_tree.IsWithin(Social.Id, Social.Id));
        Assert.False(_tree.IsWithin(Social.Id, HomeCare.Id));
        Assert.False(_tree.IsWithin(Education.Id, Social.Id));
        Assert.Equal(new HashSet<Guid> { Social.Id, Elderly.Id, HomeCare.Id }, _tree.WithSubUnits(Social.Id));
    }

    [Fact]
    public void An_import_files_path_finds_its_unit_by_finnish_or_swedish_names_from_the_top()
    {
        Assert.Equal(HomeCare.Id, _tree.Find("sosiaali- ja terveystoimi / Äldreomsorg / Kotihoito"));
        Assert.Equal(Education.Id, _tree.Find(" Bildningssektorn "));
        Assert.Null(_tree.Find("Vanhuspalvelut / Kotihoito"));
        Assert.Null(_tree.Find("Sivistystoimi / Kotihoito"));
    }
}
