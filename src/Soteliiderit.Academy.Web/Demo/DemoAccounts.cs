using Soteliiderit.Academy.Data.Identity;
using Soteliiderit.Academy.Grains;

namespace Soteliiderit.Academy.Web.Demo;

/// <summary>The fixed demo people: scripts and tests rely on these e-mails (DESIGN.md).</summary>
public static class DemoAccounts
{
    public const string Admin = "admin@academy.test";
    public const string Facilitator = "facilitator@academy.test";
    public const string HrA = "hr.a@academy.test";
    public const string HrB = "hr.b@academy.test";

    public static string SupervisorA(int n) => $"supervisor{n}.a@academy.test";

    public static string SupervisorB(int n) => $"supervisor{n}.b@academy.test";

    /// <summary>Email, name, role, organization (A or B or none) and language of every demo account.</summary>
    public static IReadOnlyList<(string Email, string Name, string Role, char? Organization, string Language)> All { get; } =
    [
        (Admin, "Marjatta Koskinen", Roles.Admin, null, Languages.Finnish),
        (Facilitator, "Elina Rantanen", Roles.Facilitator, null, Languages.Finnish),
        (HrA, "Riikka Järvinen", Roles.Hr, 'A', Languages.Finnish),
        (HrB, "Camilla Nyström", Roles.Hr, 'B', Languages.Swedish),
        (SupervisorA(1), "Anna Korhonen", Roles.Supervisor, 'A', Languages.Finnish),
        (SupervisorA(2), "Mikko Virtanen", Roles.Supervisor, 'A', Languages.Finnish),
        (SupervisorA(3), "Laura Nieminen", Roles.Supervisor, 'A', Languages.Finnish),
        (SupervisorA(4), "Juha Mäkelä", Roles.Supervisor, 'A', Languages.Finnish),
        (SupervisorA(5), "Sari Hämäläinen", Roles.Supervisor, 'A', Languages.Finnish),
        (SupervisorA(6), "Timo Laine", Roles.Supervisor, 'A', Languages.Finnish),
        (SupervisorB(1), "Johanna Lindqvist", Roles.Supervisor, 'B', Languages.Swedish),
        (SupervisorB(2), "Erik Sjöberg", Roles.Supervisor, 'B', Languages.Swedish),
        (SupervisorB(3), "Maria Holmström", Roles.Supervisor, 'B', Languages.Swedish),
        (SupervisorB(4), "Pekka Heikkinen", Roles.Supervisor, 'B', Languages.Finnish),
        (SupervisorB(5), "Kaisa Lehtonen", Roles.Supervisor, 'B', Languages.Finnish),
        (SupervisorB(6), "Antti Salonen", Roles.Supervisor, 'B', Languages.Finnish),
    ];

    public static IEnumerable<string> Emails => All.Select(a => a.Email);
}
