using System.Security.Cryptography;

namespace Soteliiderit.Academy.Grains.Learners;

/// <summary>
/// Certificate verification codes: 20 characters of Crockford base32, 100 random bits, shown in groups of four.
/// Reading them back forgives case, spaces, dashes and the letters people confuse with digits.
/// </summary>
public static class CertificateCode
{
    public const int Length = 20;
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static string Format(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return string.Join('-', code.Chunk(4).Select(chunk => new string(chunk)));
    }

    /// <summary>The stored form of what someone typed, or null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > Length * 2)
        {
            return null;
        }

        var chars = new List<char>(Length);
        foreach (var c in typed.ToUpperInvariant())
        {
            if (c is '-' or ' ')
            {
                continue;
            }

            var mapped = c switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                _ => c,
            };
            if (!Alphabet.Contains(mapped, StringComparison.Ordinal))
            {
                return null;
            }

            chars.Add(mapped);
        }

        return chars.Count == Length ? new string([.. chars]) : null;
    }
}
