using System.Net.Mail;
using Soteliiderit.Academy.Grains;

namespace Soteliiderit.Academy.Web.Features.Hr;

/// <summary>One address from a pasted list or a CSV file, with where it stood (both 1-based, as a spreadsheet counts).</summary>
public sealed record ListedEmail(int Line, int Column, string Email);

/// <summary>
/// The e-mail addresses of a pasted list or a CSV file: one or more per line, separated by commas, semicolons or tabs,
/// also "Name &lt;address&gt;" as mail programs copy them. Cells without an @ beside an address (a name column) are
/// ignored; a first line without any address is a header. A line with no address is an error named by its number.
/// </summary>
public static class EmailList
{
    public const int MaxLines = 25_000;

    /// <summary>More errors than this say nothing new; the list is checked no further.</summary>
    public const int MaxErrors = 100;

    private static readonly char[] Separators = [',', ';', '\t'];

    public static (IReadOnlyList<ListedEmail> Emails, IReadOnlyList<FieldError> Errors) Read(string? text, string field)
    {
        var emails = new List<ListedEmail>();
        var errors = new List<FieldError>();
        var lines = (text ?? "").TrimStart('\uFEFF').Split('\n');
        var content = 0;
        for (var i = 0; i < lines.Length && errors.Count < MaxErrors; i++)
        {
            var cells = lines[i].Split(Separators).Select(c => Unwrap(c.Trim().Trim('"').Trim())).ToList();
            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            content++;
            if (content > MaxLines)
            {
                errors.Add(new FieldError(field, "AssignmentListTooLong", MaxLines));
                break;
            }

            var addresses = cells.Select((cell, column) => (cell, column)).Where(c => c.cell.Contains('@', StringComparison.Ordinal)).ToList();
            if (addresses.Count == 0)
            {
                if (content > 1)
                {
                    errors.Add(new FieldError(field, "AssignmentLineNoEmail", i + 1, cells.First(c => c.Length > 0)));
                }

                continue;
            }

            foreach (var (cell, column) in addresses.TakeWhile(_ => errors.Count < MaxErrors))
            {
                if (MailAddress.TryCreate(cell, out var address) && address.Address == cell)
                {
                    emails.Add(new ListedEmail(i + 1, column + 1, cell));
                }
                else
                {
                    errors.Add(new FieldError(field, "AssignmentLineNotEmail", i + 1, column + 1, cell));
                }
            }
        }

        return (emails, errors);
    }

    private static string Unwrap(string cell)
    {
        var open = cell.LastIndexOf('<');
        var close = cell.LastIndexOf('>');
        return open >= 0 && close > open ? cell[(open + 1)..close].Trim() : cell;
    }
}
