using System.Globalization;

namespace Soteliiderit.Academy.Materials.AzureBlob;

/// <summary>
/// The query of a service SAS that lets its holder read one blob until it expires (sp=r, sr=b), with the
/// response's Content-Type and Content-Disposition overridden so a browser saves the academy's clean file name.
/// The string-to-sign is the one for signed versions 2020-12-06 and later.
/// </summary>
internal static class ReadLinkSignature
{
    public static string Query(StorageConnectionString account, string container, string blobName, DateTimeOffset expiresAt, ReadLink link)
    {
        var expiry = expiresAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        // The emulator answers plain http; a real account's links must not work without TLS.
        var protocol = account.IsPlainHttp ? "https,http" : "https";
        string[] stringToSign =
        [
            "r", // sp
            "", // st: valid from now; a start time only invites clock-skew failures
            expiry, // se
            $"/blob/{account.AccountName}/{container}/{blobName}",
            "", // si
            "", // sip
            protocol, // spr
            SharedKey.Version, // sv
            "b", // sr
            "", // snapshot
            "", // ses
            "", // rscc
            link.ContentDisposition, // rscd
            "", // rsce
            "", // rscl
            link.ContentType, // rsct
        ];
        var signature = SharedKey.Hmac(account.AccountKey, string.Join('\n', stringToSign));
        (string Name, string Value)[] parameters =
        [
            ("sv", SharedKey.Version),
            ("spr", protocol),
            ("se", expiry),
            ("sr", "b"),
            ("sp", "r"),
            ("rscd", link.ContentDisposition),
            ("rsct", link.ContentType),
            ("sig", signature),
        ];
        return string.Join('&', parameters.Select(parameter => $"{parameter.Name}={Uri.EscapeDataString(parameter.Value)}"));
    }
}
