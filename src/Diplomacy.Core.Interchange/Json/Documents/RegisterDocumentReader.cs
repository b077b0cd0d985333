using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Portfolio;

namespace Diplomacy.Core.Interchange.Json.Documents;

/// <summary>
/// Reads a register document from a stream in pieces: a buffer holds the bytes not yet parsed, a
/// <see cref="Utf8JsonReader"/> walks it token by token, and each element of the three arrays is deserialized on its
/// own and added to the register at once. Only the elements being read, and the register being built, are in memory.
/// </summary>
/// <remarks>
/// The register is built privately and handed out only when the whole document has been read: any fault throws a
/// <see cref="RegisterDocumentException"/> and the half-built register is dropped.
/// </remarks>
internal sealed class RegisterDocumentReader : IDisposable
{
    private const int InitialBufferSize = 64 * 1024;

    // The sections, 0 to 2 in the order the document holds them. Named by a method rather than a static array: Stryker
    // cannot switch a mutant on in a static initializer, which runs once per test host, so the names would go untested.
    private const int LastSection = 2;

    private readonly RegisterDocumentOptions _options;
    private readonly Register _register = Register.Open();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
    private int _filled;
    private long _read;
    private bool _final;
    private JsonReaderState _state;
    private Step _step = Step.Start;
    private int _section = -1;
    private int _index;
    private long _linesBefore;
    private long _bytesInLineBefore;
    private bool _started;

    public RegisterDocumentReader(RegisterDocumentOptions options)
    {
        _options = options;
        _state = new JsonReaderState(new JsonReaderOptions { MaxDepth = options.MaxDepth });
    }

    private enum Step
    {
        Start,
        FormatName,
        FormatValue,
        VersionName,
        VersionValue,
        SectionName,
        SectionStart,
        Element,
        Trailing,
    }

    /// <summary>The free part of the buffer, grown when an element does not fit in what is held.</summary>
    public Memory<byte> FreeSpace()
    {
        if (_filled == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _filled).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        return _buffer.AsMemory(_filled);
    }

    /// <summary>Takes <paramref name="count"/> bytes read into <see cref="FreeSpace"/> (0 at the end of the stream) and parses what it can.</summary>
    /// <returns>The register once the whole document is read; null while more is wanted.</returns>
    public Register? Advance(int count)
    {
        _final = count == 0;
        _filled += count;
        _read += count;
        if (_read > _options.MaxDocumentBytes)
        {
            throw new RegisterDocumentException(
                $"The document is larger than the limit of {_options.MaxDocumentBytes} bytes (RegisterDocumentOptions.MaxDocumentBytes); nothing was loaded.",
                null, null, null, null);
        }

        if (!_started && _filled < 3 && !_final)
        {
            // A byte order mark may still be arriving: it is recognised only whole.
            return null;
        }

        var start = SkipByteOrderMark();
        var consumed = start + Parse(_buffer.AsSpan(start, _filled - start));
        CountLines(_buffer.AsSpan(0, consumed));
        _buffer.AsSpan(consumed, _filled - consumed).CopyTo(_buffer);
        _filled -= consumed;
        if (!_final)
        {
            return null;
        }

        if (_step != Step.Trailing)
        {
            throw new RegisterDocumentException(
                $"The document ends at {Where()} before it is complete: it was cut short; nothing was loaded.", CurrentPath(), _linesBefore + 1, _bytesInLineBefore, null);
        }

        return _register;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private int SkipByteOrderMark()
    {
        if (_started)
        {
            return 0;
        }

        _started = true;
        return _buffer.AsSpan(0, _filled).StartsWith("\uFEFF"u8) ? 3 : 0;
    }

    private int Parse(ReadOnlySpan<byte> data)
    {
        var reader = new Utf8JsonReader(data, _final, _state);
        var safe = 0L;
        try
        {
            while (_step == Step.Element ? ReadElement(ref reader, data) : ReadToken(ref reader))
            {
                safe = reader.BytesConsumed;
                _state = reader.CurrentState;
            }
        }
        catch (DocumentRefusal e)
        {
            var (line, position) = Locate(data, reader.TokenStartIndex);
            throw new RegisterDocumentException(
                $"The document is refused at {CurrentPath()} (line {line}, byte {position}): {e.Message}; nothing was loaded.", CurrentPath(), line, position, null);
        }
        catch (JsonException e)
        {
            throw Malformed(e, CurrentPath(), data, reader.TokenStartIndex);
        }

        return (int)safe;
    }

    /// <summary>Reads one token of the document's frame: its header, the names of its sections and their brackets.</summary>
    private bool ReadToken(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            return false;
        }

        switch (_step)
        {
            case Step.Start:
                Expect(ref reader, JsonTokenType.StartObject, "a register document is a JSON object");
                _step = Step.FormatName;
                break;
            case Step.FormatName:
                ExpectName(ref reader, "format", $"a register document starts with \"format\": \"{RegisterDocument.Format}\"");
                _step = Step.FormatValue;
                break;
            case Step.FormatValue:
                if (reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals(RegisterDocument.Format))
                {
                    throw Refused(
                        $"the format is {Token(ref reader)}, not \"{RegisterDocument.Format}\": this is not a register document");
                }

                _step = Step.VersionName;
                break;
            case Step.VersionName:
                ExpectName(ref reader, "version", "a register document gives its \"version\" right after its format");
                _step = Step.VersionValue;
                break;
            case Step.VersionValue:
                CheckVersion(ref reader);
                _step = Step.SectionName;
                break;
            case Step.SectionName:
                NextSection(ref reader);
                break;
            case Step.SectionStart:
                Expect(ref reader, JsonTokenType.StartArray, $"\"{Section(_section)}\" is an array");
                _index = 0;
                _step = Step.Element;
                break;
            default:
                throw Refused("the document goes on after its end");
        }

        return true;
    }

    private static void CheckVersion(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var version) || version < 1)
        {
            throw Refused($"the version is {Token(ref reader)}; it is a whole number from 1");
        }

        if (version > RegisterDocument.Version)
        {
            throw Refused(
                $"the document is of version {version}, newer than this reader knows (version {RegisterDocument.Version}): "
                + "read it with a newer Diplomacy.Core.Interchange");
        }
    }

    private void NextSection(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.EndObject && _section == LastSection)
        {
            _step = Step.Trailing;
            return;
        }

        var expected = _section < LastSection ? Section(_section + 1) : null;
        if (expected is null || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals(expected))
        {
            throw Refused(
                expected is null
                    ? $"the document holds {Token(ref reader)} after \"delegations\"; it ends there"
                    : $"the document holds {Token(ref reader)} where \"{expected}\" comes (regions, agreements, delegations, in this order, and nothing else)");
        }

        _section++;
        _step = Step.SectionStart;
    }

    /// <summary>Reads one whole element of a section (or the section's end), once the buffer holds all of it.</summary>
    private bool ReadElement(ref Utf8JsonReader reader, ReadOnlySpan<byte> data)
    {
        var element = reader;
        if (!element.Read())
        {
            return false;
        }

        if (element.TokenType == JsonTokenType.EndArray)
        {
            reader = element;
            _step = Step.SectionName;
            return true;
        }

        if (element.TokenType != JsonTokenType.StartObject)
        {
            reader = element;
            throw Refused($"an element of \"{Section(_section)}\" is {Token(ref element)}, not an object");
        }

        var whole = element;
        if (!whole.TrySkip())
        {
            return false;
        }

        var at = element.TokenStartIndex;
        try
        {
            Load(ref element);
        }
        catch (JsonException e)
        {
            throw Malformed(e, CurrentPath(), data, at, withinElement: true);
        }
        catch (NotSupportedException e)
        {
            throw Malformed(new JsonException(e.Message, e), CurrentPath(), data, at, withinElement: true);
        }
        catch (DomainRuleException e)
        {
            throw Invalid($"breaks the rule {e.Rule}: {e.Message}", e, CurrentPath(), data, at);
        }
        catch (ArgumentException e)
        {
            throw Invalid($"holds a value the core refuses: {e.Message}", e, CurrentPath(), data, at);
        }

        reader = element;
        _index++;
        return true;
    }

    private void Load(ref Utf8JsonReader element)
    {
        switch (_section)
        {
            case 0:
                _register.AddRegions([FromDocument.Region(Deserialize(ref element, DocumentOptions.Region), _register.Directory)]);
                break;
            case 1:
                var stored = Deserialize(ref element, DocumentOptions.Agreement);
                var agreement = Agreement.Rebuild(FromDocument.Agreement(stored, _register.Directory));
                if (stored.Distinct == true)
                {
                    _register.AddDistinct(agreement);
                }
                else
                {
                    _register.Add(agreement);
                }

                break;
            default:
                var delegation = FromDocument.Delegation(Deserialize(ref element, DocumentOptions.Delegation), _register.Directory, _register.Find);
                _register.Record(Delegation.Rebuild(delegation));
                break;
        }
    }

    private static string Section(int index) => index switch
    {
        0 => "regions",
        1 => "agreements",
        _ => "delegations",
    };

    private static T Deserialize<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> info) => JsonSerializer.Deserialize(ref reader, info)!;

    private string CurrentPath() => _step switch
    {
        Step.Element => $"$.{Section(_section)}[{_index}]",
        Step.SectionStart => $"$.{Section(_section)}",
        Step.FormatValue => "$.format",
        Step.VersionValue => "$.version",
        _ => "$",
    };

    /// <summary>
    /// A fault of form. The serializer counts lines from the start of the element it was given, the reader from the start
    /// of the document: an element's fault is placed from the element's own line.
    /// </summary>
    private RegisterDocumentException Malformed(JsonException e, string path, ReadOnlySpan<byte> data, long at, bool withinElement = false)
    {
        var full = withinElement && e.Path is { Length: > 1 } inner ? path + inner[1..] : path;
        var (line, position) = (e.LineNumber, e.BytePositionInLine, withinElement) switch
        {
            ({ } zeroBased, { } byteInLine, false) => (zeroBased + 1, byteInLine),
            ({ } relative, { } byteInLine, true) when Locate(data, at) is var (first, start) => (first + relative, relative == 0 ? start + byteInLine : byteInLine),
            _ => Locate(data, at),
        };
        return new RegisterDocumentException(
            $"The document is malformed at {full} (line {line}, byte {position}): {e.Message}", full, line, position, e);
    }

    private RegisterDocumentException Invalid(string what, Exception e, string path, ReadOnlySpan<byte> data, long at)
    {
        var (line, position) = Locate(data, at);
        var full = e is JsonException { Path: { Length: > 1 } inner } ? path + inner[1..] : path;
        return new RegisterDocumentException($"The element at {full} (line {line}, byte {position}) {what}; nothing was loaded.", full, line, position, e);
    }

    /// <summary>A refusal of the frame, located by <see cref="Parse"/> at the token the reader stands on.</summary>
    private static DocumentRefusal Refused(string what) => new(what);

    private (long Line, long Position) Locate(ReadOnlySpan<byte> data, long at)
    {
        var before = data[..(int)at];
        var lastNewLine = before.LastIndexOf((byte)'\n');
        return lastNewLine < 0
            ? (_linesBefore + 1, _bytesInLineBefore + at)
            : (_linesBefore + before.Count((byte)'\n') + 1, at - lastNewLine - 1);
    }

    private void CountLines(ReadOnlySpan<byte> consumed)
    {
        var lastNewLine = consumed.LastIndexOf((byte)'\n');
        if (lastNewLine < 0)
        {
            _bytesInLineBefore += consumed.Length;
            return;
        }

        _linesBefore += consumed.Count((byte)'\n');
        _bytesInLineBefore = consumed.Length - lastNewLine - 1;
    }

    private string Where() => $"line {_linesBefore + 1}, byte {_bytesInLineBefore}";

    private static string Token(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        // As written, bytes that are not UTF-8 shown as U+FFFD: GetString throws on them, and this only describes a refusal.
        JsonTokenType.String or JsonTokenType.PropertyName => $"\"{System.Text.Encoding.UTF8.GetString(reader.ValueSpan)}\"",
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
        var other => other.ToString(),
    };

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string rule)
    {
        if (reader.TokenType != type)
        {
            throw Refused($"{rule}, but it holds {Token(ref reader)}");
        }
    }

    private static void ExpectName(ref Utf8JsonReader reader, string name, string rule)
    {
        if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals(name))
        {
            throw Refused($"{rule}, but it holds {Token(ref reader)}");
        }
    }

    /// <summary>The document's frame breaks a rule of the format; it carries only the reason, the reader adds the place.</summary>
    private sealed class DocumentRefusal(string message) : JsonException(message);
}
