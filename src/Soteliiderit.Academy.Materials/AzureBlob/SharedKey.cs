using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Soteliiderit.Academy.Materials.AzureBlob;

/// <summary>
/// Signs a request with the account key (the Blob service's "SharedKey" scheme). The canonicalized resource is
/// "/" + account + the request's path: on Azure the path starts with the container, on the emulator's
/// path-style addresses it starts with the account again, and the service signs it the same way.
/// </summary>
internal static class SharedKey
{
    /// <summary>The service version every request and read link speaks; Azurite 3.37 accepts it.</summary>
    public const string Version = "2025-01-05";

    public static void Sign(HttpRequestMessage request, StorageConnectionString account, DateTimeOffset now)
    {
        request.Headers.Remove("x-ms-date");
        request.Headers.Remove("x-ms-version");
        request.Headers.TryAddWithoutValidation("x-ms-date", now.UtcDateTime.ToString("R", CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("x-ms-version", Version);
        var signature = Hmac(account.AccountKey, StringToSign(request, account.AccountName));
        request.Headers.Authorization = new AuthenticationHeaderValue("SharedKey", $"{account.AccountName}:{signature}");
    }

    public static string Hmac(byte[] key, string text) => Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));

    public static string StringToSign(HttpRequestMessage request, string accountName)
    {
        var length = request.Content?.Headers.ContentLength;
        var text = new StringBuilder()
            .Append(request.Method.Method.ToUpperInvariant()).Append('\n')
            .Append(Header(request, "Content-Encoding")).Append('\n')
            .Append(Header(request, "Content-Language")).Append('\n')
            // Since version 2015-02-21 an empty body signs as an empty length, not "0".
            .Append(length is null or 0 ? "" : length.Value.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(Header(request, "Content-MD5")).Append('\n')
            .Append(Header(request, "Content-Type")).Append('\n')
            .Append(Header(request, "Date")).Append('\n')
            .Append(Header(request, "If-Modified-Since")).Append('\n')
            .Append(Header(request, "If-Match")).Append('\n')
            .Append(Header(request, "If-None-Match")).Append('\n')
            .Append(Header(request, "If-Unmodified-Since")).Append('\n')
            .Append(Header(request, "Range")).Append('\n');
        AppendStorageHeaders(text, request);
        AppendResource(text, request.RequestUri!, accountName);
        return text.ToString();
    }

    private static string Header(HttpRequestMessage request, string name) =>
        request.Headers.TryGetValues(name, out var values) || (request.Content?.Headers.TryGetValues(name, out values) ?? false)
            ? string.Join(',', values)
            : "";

    private static void AppendStorageHeaders(StringBuilder text, HttpRequestMessage request)
    {
        var headers = request.Headers
            .Where(header => header.Key.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .Select(header => (Name: header.Key.ToLowerInvariant(), Value: string.Join(',', header.Value).Trim()))
            .OrderBy(header => header.Name, StringComparer.Ordinal);
        foreach (var (name, value) in headers)
        {
            text.Append(name).Append(':').Append(value).Append('\n');
        }
    }

    private static void AppendResource(StringBuilder text, Uri uri, string accountName)
    {
        text.Append('/').Append(accountName).Append(uri.AbsolutePath);
        var parameters = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .GroupBy(pair => Uri.UnescapeDataString(pair[0]).ToLowerInvariant(), pair => pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : "")
            .OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            text.Append('\n').Append(parameter.Key).Append(':').AppendJoin(',', parameter.Order(StringComparer.Ordinal));
        }
    }
}
