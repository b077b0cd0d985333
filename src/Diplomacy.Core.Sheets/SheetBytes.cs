using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Diplomacy.Core.Sheets;

/// <summary>
/// The text of a sheet's bytes: UTF-32 or UTF-16 when a byte order mark says so, else UTF-8 (with or without its
/// mark), else the legacy encoding the caller names. Bytes no reading decodes are refused whole, never replaced:
/// a sheet is read as its registrar wrote it or not at all.
/// </summary>
/// <remarks>
/// The whole stream is read before a row is: whether it is UTF-8 is known only at its last byte, and no row may land
/// from a text that turns out to be in another encoding.
/// </remarks>
internal static class SheetBytes
{
    public static TextReader Reader(Stream stream, Encoding? legacy)
    {
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }

        return new StringReader(Text(bytes, legacy));
    }

    private static string Text(byte[] bytes, Encoding? legacy)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Decode(new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), bytes, 4, "UTF-32");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return Decode(new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), bytes, 4, "UTF-32");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Decode(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes, 2, "UTF-16");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Decode(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes, 2, "UTF-16");
        }

        var start = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var invalid = FirstInvalidUtf8(span[start..]);
        if (invalid < 0)
        {
            return Encoding.UTF8.GetString(span[start..]);
        }

        var offset = start + invalid;
        if (legacy is null || start > 0)
        {
            throw new FormatException(
                $"The sheet is not UTF-8 text: byte {offset} (line {LineAt(span, offset)}) is not valid UTF-8. " +
                (start > 0
                    ? "Its byte order mark says UTF-8: save it again as UTF-8."
                    : "Save it as UTF-8, or name its encoding in the options' LegacyEncoding, e.g. CodePagesEncodingProvider.Instance.GetEncoding(949) for CP949/EUC-KR, 932 for Shift_JIS, 54936 for GB18030, 1252 for Windows-1252."));
        }

        var strict = (Encoding)legacy.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        var text = Decode(strict, bytes, 0, legacy.WebName);

        // Windows code pages map bytes they do not define (CP949's 0xFF) to private-use characters rather than fail:
        // text no registrar typed, so refused like an undecodable byte.
        var privateUse = text.AsSpan().IndexOfAnyInRange('\uE000', '\uF8FF');
        return privateUse < 0
            ? text
            : throw new FormatException(
                $"The sheet is not {legacy.WebName} text: line {text.AsSpan(0, privateUse).Count('\n') + 1} holds a byte {legacy.WebName} does not define (read as U+{(int)text[privateUse]:X4}). Name the encoding it was saved in.");
    }

    private static string Decode(Encoding encoding, byte[] bytes, int start, string name)
    {
        try
        {
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException wrong)
        {
            var offset = start + Math.Max(wrong.Index, 0);
            throw new FormatException($"The sheet is not {name} text: byte {offset} (line {LineAt(bytes, offset)}) is not valid {name}. Name the encoding it was saved in.", wrong);
        }
    }

    /// <summary>The offset of the first byte that is not part of valid UTF-8, or -1 when all are.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var read = 0;
            while (read < bytes.Length)
            {
                var status = Utf8.ToUtf16(bytes[read..], chars, out var bytesRead, out _, replaceInvalidSequences: false);
                read += bytesRead;
                if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
                {
                    return read;
                }
            }

            return -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static int LineAt(ReadOnlySpan<byte> bytes, int offset) => bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;
}
