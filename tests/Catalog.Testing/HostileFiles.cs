using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Xunit;

namespace Catalog.Testing;

/// <summary>
/// Files that are small on disk and hostile when read (zip bombs, cell references far to the right, texts in a
/// million pieces), built in code, and a measure of what reading one costs the test process.
/// </summary>
public static class HostileFiles
{
    public const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>
    /// An XLSX package with one sheet (<paramref name="sheet"/> writes the worksheet part) and a shared-string part
    /// (<paramref name="sharedStrings"/> writes it), each written as a stream so a part of gigabytes costs no memory.
    /// </summary>
    public static MemoryStream Xlsx(Action<Stream> sheet, Action<Stream>? sharedStrings = null, string sheetName = "Procedimientos")
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
            Part(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Part(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MainNamespace}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Part(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
            using (var stream = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open())
            {
                sheet(stream);
            }

            using (var stream = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Optimal).Open())
            {
                if (sharedStrings is null)
                {
                    Write(stream, $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{MainNamespace}\"/>");
                }
                else
                {
                    sharedStrings(stream);
                }
            }
        }

        output.Position = 0;
        return output;
    }

    /// <summary>Writes the same byte <paramref name="count"/> times, a megabyte at a time: deflate makes a few kilobytes of it.</summary>
    public static void Repeat(Stream stream, byte value, long count)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var block = new byte[1 << 20];
        Array.Fill(block, value);
        for (var left = count; left > 0; left -= block.Length)
        {
            stream.Write(block, 0, (int)Math.Min(block.Length, left));
        }
    }

    /// <summary>Writes text as UTF-8.</summary>
    public static void Write(Stream stream, string text)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Writes <paramref name="piece"/> <paramref name="count"/> times.</summary>
    public static void Repeat(Stream stream, string piece, int count)
    {
        var bytes = Encoding.UTF8.GetBytes(piece);
        for (var i = 0; i < count; i++)
        {
            stream.Write(bytes);
        }
    }

    private static void Part(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        Write(stream, text);
    }
}

/// <summary>What running something cost: how long, and how far the process's memory rose above where it started.</summary>
public sealed record Cost(TimeSpan Elapsed, long PeakGrowthBytes, Exception? Error)
{
    /// <summary>500 MB: what the issue allows a hostile file to cost at most; the tests expect far less.</summary>
    public const long MemoryCeiling = 500L * 1024 * 1024;

    public static readonly TimeSpan TimeCeiling = TimeSpan.FromSeconds(10);

    /// <summary>Runs <paramref name="action"/>, sampling the working set every few milliseconds; an exception is kept, not thrown.</summary>
    public static async Task<Cost> OfAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var start = process.WorkingSet64;
        long peak = start;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var sampled = Process.GetCurrentProcess();
            while (!stop.IsCancellationRequested)
            {
                sampled.Refresh();
                var now = sampled.WorkingSet64;
                if (now > Interlocked.Read(ref peak))
                {
                    Interlocked.Exchange(ref peak, now);
                }

                await Task.Delay(5, CancellationToken.None);
            }
        });
        var clock = Stopwatch.StartNew();
        Exception? error = null;
        try
        {
            await action();
        }
#pragma warning disable CA1031 // The caller asserts on the error.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error = e;
        }

        clock.Stop();
        await stop.CancelAsync();
        await sampler;
        return new Cost(clock.Elapsed, Math.Max(0, Interlocked.Read(ref peak) - start), error);
    }

    public static Task<Cost> Of(Action action) => OfAsync(() =>
    {
        action();
        return Task.CompletedTask;
    });

    /// <summary>Fails unless the run stayed within the ceilings.</summary>
    public void AssertBounded()
    {
        Assert.True(Elapsed < TimeCeiling, $"took {Elapsed.TotalSeconds:0.0} s");
        Assert.True(PeakGrowthBytes < MemoryCeiling, $"the process grew by {PeakGrowthBytes / (1024 * 1024)} MB");
    }

    /// <summary>The error the run ended with, of type <typeparamref name="T"/>, after checking the run stayed bounded.</summary>
    public T Refused<T>() where T : Exception
    {
        AssertBounded();
        return Assert.IsType<T>(Error);
    }
}
