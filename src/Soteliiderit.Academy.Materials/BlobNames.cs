using System.Buffers;

namespace Soteliiderit.Academy.Materials;

/// <summary>The shape of blob names the academy chooses, checked by every store so no name can climb out of its folder.</summary>
public static class BlobNames
{
    private static readonly SearchValues<char> Allowed = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-./");

    public static string Check(string blobName)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        if (blobName.Length > 256 || blobName.AsSpan().ContainsAnyExcept(Allowed) || blobName.StartsWith('/') || blobName.EndsWith('/')
            || blobName.Split('/').Any(segment => segment.Length == 0 || segment.StartsWith('.')))
        {
            throw new ArgumentException($"'{blobName}' is not a blob name the academy makes.", nameof(blobName));
        }

        return blobName;
    }

    /// <summary>A prefix is a blob name's beginning: empty, or the same characters.</summary>
    public static string CheckPrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.AsSpan().ContainsAnyExcept(Allowed) || prefix.Contains("..", StringComparison.Ordinal) || prefix.StartsWith('/'))
        {
            throw new ArgumentException($"'{prefix}' is not a blob name prefix.", nameof(prefix));
        }

        return prefix;
    }
}
