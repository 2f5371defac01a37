using System.Text;

namespace Catalog.Sync.Registries;

/// <summary>What the first bytes of some content say it is.</summary>
public enum SniffedContent
{
    Empty,
    Zip,
    Html,
    Xml,
    Text,
    Binary,
}

/// <summary>
/// Tells content apart by its first bytes (magic numbers), so that an HTML error page served in place of a file, or a
/// truncated download, is reported as such instead of failing deep inside a parser.
/// </summary>
public static class ContentSniffer
{
    private const int HeadLength = 2048;

    /// <summary>What content starting with these bytes is.</summary>
    public static SniffedContent Sniff(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty)
        {
            return SniffedContent.Empty;
        }

        if (head.Length >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && (head[2] is 3 or 5 or 7) && (head[3] is 4 or 6 or 8))
        {
            return SniffedContent.Zip;
        }

        // A UTF-16 file (it starts with its byte order mark) holds a zero byte in every ASCII character: it is text,
        // told apart by decoding it rather than taken for binary.
        var encoding = Encoding.UTF8;
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }
        else if (head is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            encoding = head[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            head = head[2..(2 + ((head.Length - 2) & ~1))];
        }

        var text = encoding.GetString(head).TrimStart();
        if (text.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (text.StartsWith('<') && text.Contains("<html", StringComparison.OrdinalIgnoreCase)))
        {
            return SniffedContent.Html;
        }

        if (text.StartsWith('<'))
        {
            return SniffedContent.Xml;
        }

        return encoding == Encoding.UTF8 && head.IndexOf((byte)0) >= 0 ? SniffedContent.Binary : SniffedContent.Text;
    }

    /// <summary>Reads the first bytes of a file and sniffs them.</summary>
    public static SniffedContent SniffFile(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> buffer = stackalloc byte[HeadLength];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Sniff(buffer[..read]);
    }

    /// <summary>A short, printable excerpt of the start of a file, for error messages about unexpected content.</summary>
    public static string Excerpt(string path, int length = 120)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[length];
        var read = reader.ReadBlock(buffer, 0, length);
        var text = new string(buffer, 0, read).ReplaceLineEndings(" ");
        return string.Concat(text.Where(c => !char.IsControl(c)));
    }
}
