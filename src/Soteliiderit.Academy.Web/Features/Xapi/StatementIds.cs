using System.Security.Cryptography;
using System.Text;

namespace Soteliiderit.Academy.Web.Features.Xapi;

/// <summary>
/// A statement's id made from what it tells (RFC 4122 name-based, version 5), so the same lesson done by the same
/// person has the same id in every export and a learning record store can tell a repeat from a new statement.
/// </summary>
public static class StatementIds
{
    private static readonly byte[] Namespace = Guid.Parse("6d1c8f0e-2a4b-4f3e-9c51-7a0b3e5d9f21").ToByteArray(bigEndian: true);

    public static Guid For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
#pragma warning disable CA5350 // SHA-1 is what RFC 4122 version 5 names; it makes an id, it protects nothing.
        var hash = SHA1.HashData([.. Namespace, .. Encoding.UTF8.GetBytes(name)]);
#pragma warning restore CA5350
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
