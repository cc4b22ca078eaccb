using System.Net.Http.Json;
using System.Text.Json;
using MimeKit;

namespace Soteliiderit.Academy.IntegrationTests.Mail;

/// <summary>
/// The mail a real SMTP server (maildev, started by the test command) received, read back through its HTTP API and
/// parsed as the messages they are. Every test app sends from an address of its own, so apps running side by side
/// each see only their own mail.
/// </summary>
public sealed class Mailbox(string sender)
{
    private static readonly HttpClient Api = new() { BaseAddress = new Uri(Address) };

    private static string Address =>
        Environment.GetEnvironmentVariable("ACADEMY_TEST_MAILDEV") is { Length: > 0 } address
            ? address
            : throw new InvalidOperationException("The mail tests need ACADEMY_TEST_MAILDEV and ACADEMY_TEST_SMTP (the test command starts maildev and sets both).");

    /// <summary>host:port of the server's SMTP side.</summary>
    public static string Smtp =>
        Environment.GetEnvironmentVariable("ACADEMY_TEST_SMTP") is { Length: > 0 } smtp
            ? smtp
            : throw new InvalidOperationException("The mail tests need ACADEMY_TEST_SMTP and ACADEMY_TEST_MAILDEV (the test command starts maildev and sets both).");

    /// <summary>Every message this app sent to <paramref name="recipient"/>, oldest first.</summary>
    public async Task<IReadOnlyList<MimeMessage>> ToAsync(string recipient)
    {
        var all = await Api.GetFromJsonAsync<JsonElement>("/api/email");
        var ids = all.EnumerateArray()
            .Where(m => Addresses(m, "from").Contains(sender, StringComparer.OrdinalIgnoreCase)
                && Addresses(m, "to").Contains(recipient, StringComparer.OrdinalIgnoreCase))
            .Select(m => m.GetProperty("id").GetString()!)
            .ToList();
        var messages = new List<MimeMessage>();
        foreach (var id in ids)
        {
            await using var raw = await Api.GetStreamAsync($"/api/email/{id}/download");
            messages.Add(await MimeMessage.LoadAsync(raw));
        }

        return messages;
    }

    private static IEnumerable<string> Addresses(JsonElement message, string field) =>
        message.TryGetProperty(field, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(a => a.GetProperty("address").GetString() ?? "")
            : [];
}
