using System.Globalization;

namespace Soteliiderit.Academy.Bench;

public sealed record Options(int SizeMegabytes)
{
    public static Options Parse(IReadOnlyList<string> args)
    {
        var size = 200;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--size-mb" && i + 1 < args.Count && int.TryParse(args[++i], CultureInfo.InvariantCulture, out var mb) && mb > 0)
            {
                size = mb;
            }
            else
            {
                throw new ArgumentException($"Unknown option {args[i]}");
            }
        }

        return new Options(size);
    }
}
