namespace Soteliiderit.Academy.Web.Features.Admin;

public static class AdminSetup
{
    public static IServiceCollection AddAdministration(this IServiceCollection services) =>
        services.AddScoped<UserAccounts>().AddScoped<OrganizationDirectory>().AddScoped<SupervisorImport>().AddScoped<PeopleDirectory>();
}
