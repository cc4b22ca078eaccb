using System.IO.Compression;
using System.Text;

namespace Soteliiderit.Academy.Tests.Materials;

/// <summary>Small files of each kind the academy accepts (and some it must not), made in memory for the tests.</summary>
public static class SampleFiles
{
    public static byte[] Pdf(int size = 2048) => Padded("%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n"u8, size);

    public static byte[] Png(int size = 512) => Padded([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'], size);

    /// <summary>An MP4's "ftyp" box followed by filler, as large as asked: recordings are what make uploads big.</summary>
    public static byte[] Mp4(int size = 4096) => Padded([0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m', 0, 0, 2, 0], size);

    public static byte[] Mp3(int size = 1024) => Padded("ID3\u0004\0\0\0\0\0\0"u8, size);

    /// <summary>A Windows program: what a renamed ".pdf" that is really an ".exe" starts with.</summary>
    public static byte[] Executable() => Padded("MZ\u0090\0\u0003\0\0\0\u0004\0\0\0"u8, 1024);

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!doctype html><html><body><script>alert(document.cookie)</script></body></html>");

    public static byte[] Word() => Zip(("[Content_Types].xml", "<Types/>"), ("_rels/.rels", "<Relationships/>"), ("word/document.xml", "<w:document/>"));

    public static byte[] PowerPoint() => Zip(("[Content_Types].xml", "<Types/>"), ("ppt/presentation.xml", "<p:presentation/>"));

    public static byte[] WordWithMacros() =>
        Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"), ("word/vbaProject.bin", "macro"));

    /// <summary>A ZIP that is not an Office document, e.g. a folder of files someone zipped.</summary>
    public static byte[] PlainZip() => Zip(("readme.txt", "hello"), ("setup.exe", "MZ"));

    public static byte[] Zip(params (string Name, string Text)[] parts)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return memory.ToArray();
    }

    /// <summary>A sample by its method's name, at its default size: for theory data.</summary>
    public static byte[] ByName(string name)
    {
        var method = typeof(SampleFiles).GetMethod(name) ?? throw new ArgumentException($"No sample {name}.", nameof(name));
        return (byte[])method.Invoke(null, [.. method.GetParameters().Select(p => p.DefaultValue)])!;
    }

    private static byte[] Padded(ReadOnlySpan<byte> start, int size)
    {
        var bytes = new byte[Math.Max(size, start.Length)];
        start.CopyTo(bytes);
        new Random(size).NextBytes(bytes.AsSpan(start.Length));
        return bytes;
    }
}
