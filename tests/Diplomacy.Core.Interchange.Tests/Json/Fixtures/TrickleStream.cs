namespace Diplomacy.Core.Interchange.Tests.Json.Fixtures;

/// <summary>A stream that hands out at most <c>piece</c> bytes a read, as a network stream may.</summary>
public sealed class TrickleStream(byte[] data, int piece) : MemoryStream(data)
{
    public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, piece));

    public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, piece)]);
}
