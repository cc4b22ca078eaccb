namespace Soteliiderit.Academy.Materials.AzureBlob;

/// <summary>
/// An Azure Storage connection string, parsed: the account, its key and the Blob endpoint. Three forms are
/// understood: <c>UseDevelopmentStorage=true</c> (Azurite), <c>AccountName=…;AccountKey=…</c> with an optional
/// protocol and endpoint suffix, and the same with an explicit <c>BlobEndpoint=…</c>. The key never appears in
/// <see cref="ToString"/> or in an error message: connection strings end up in logs.
/// </summary>
public sealed class StorageConnectionString
{
    /// <summary>The account every Azurite has, with the key that Azurite's documentation publishes.</summary>
    public const string EmulatorAccountName = "devstoreaccount1";

    public const string EmulatorAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private StorageConnectionString(string accountName, byte[] accountKey, Uri blobEndpoint)
    {
        AccountName = accountName;
        AccountKey = accountKey;
        BlobEndpoint = blobEndpoint;
    }

    public string AccountName { get; }

    /// <summary>The Blob service's address without a trailing slash: containers are the next path segment.</summary>
    public Uri BlobEndpoint { get; }

    /// <summary>True when the endpoint is plain http (the emulator): read links must then allow http too.</summary>
    public bool IsPlainHttp => BlobEndpoint.Scheme == Uri.UriSchemeHttp;

    internal byte[] AccountKey { get; }

    public static StorageConnectionString Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var settings = Settings(connectionString);
        if (settings.TryGetValue("UseDevelopmentStorage", out var development))
        {
            return string.Equals(development, "true", StringComparison.OrdinalIgnoreCase)
                ? new StorageConnectionString(EmulatorAccountName, Convert.FromBase64String(EmulatorAccountKey), new Uri($"http://127.0.0.1:10000/{EmulatorAccountName}"))
                : throw new FormatException("UseDevelopmentStorage in the storage connection string can only be 'true'.");
        }

        if (!settings.TryGetValue("AccountName", out var accountName) || accountName.Length == 0)
        {
            throw new FormatException(settings.ContainsKey("SharedAccessSignature")
                ? "The storage connection string has a SharedAccessSignature: the academy needs AccountName and AccountKey to sign its own requests and read links."
                : "The storage connection string is neither UseDevelopmentStorage=true nor one that names AccountName and AccountKey.");
        }

        var key = AccountKeyOf(settings);
        return new StorageConnectionString(accountName, key, EndpointOf(settings, accountName));
    }

    public override string ToString() => $"BlobEndpoint={BlobEndpoint};AccountName={AccountName};AccountKey=(hidden)";

    private static Dictionary<string, string> Settings(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Split at the first '=' only: base64 keys end in '='.
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"The storage connection string has a part without 'name=value' (part {settings.Count + 1}).");
            }

            settings[part[..equals].Trim()] = part[(equals + 1)..].Trim();
        }

        return settings;
    }

    private static byte[] AccountKeyOf(Dictionary<string, string> settings)
    {
        if (!settings.TryGetValue("AccountKey", out var key) || key.Length == 0)
        {
            throw new FormatException("The storage connection string has no AccountKey: the academy signs its requests with the account key.");
        }

        var bytes = new byte[key.Length];
        return Convert.TryFromBase64String(key, bytes, out var written) && written > 0
            ? bytes[..written]
            : throw new FormatException("The AccountKey in the storage connection string is not base64.");
    }

    private static Uri EndpointOf(Dictionary<string, string> settings, string accountName)
    {
        if (settings.TryGetValue("BlobEndpoint", out var endpoint))
        {
            return Uri.TryCreate(endpoint.TrimEnd('/'), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                ? uri
                : throw new FormatException("The BlobEndpoint in the storage connection string is not an http or https address.");
        }

        var protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https").ToLowerInvariant();
        if (protocol is not ("http" or "https"))
        {
            throw new FormatException("DefaultEndpointsProtocol in the storage connection string must be http or https.");
        }

        var suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        return Uri.TryCreate($"{protocol}://{accountName}.blob.{suffix}", UriKind.Absolute, out var built)
            ? built
            : throw new FormatException("AccountName and EndpointSuffix in the storage connection string do not make an address.");
    }
}
