using System.Net;
using Diplomacy.Core.Web.Api;
using Diplomacy.Core.Web.Editors;
using Diplomacy.Core.Web.Tests.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Diplomacy.Core.Web.Tests.Api;

/// <summary>
/// An API write's token is checked before its body is read: without the token even a malformed or huge body is a 401,
/// and the body is not read.
/// </summary>
public sealed class ApiTokenBeforeBody : IDisposable
{
    private readonly RegisterApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Malformed_json_without_a_token_is_401_not_400()
    {
        var response = await _app.CreateClient().PostJson("/api/ties", "{not json");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().ContainSingle(header => header.Scheme == "Bearer");
    }

    [Fact]
    public async Task A_request_without_the_token_is_answered_401_without_a_byte_of_its_body_read()
    {
        var token = new ApiToken(
            _ => throw new InvalidOperationException("The endpoint must not run."),
            _app.Services.GetRequiredService<IOptionsMonitor<ApiOptions>>(),
            _app.Services.GetRequiredService<IProblemDetailsService>());
        using var body = new CountingStream(25 * 1024 * 1024);
        var context = new DefaultHttpContext { RequestServices = _app.Services };
        context.Request.Method = HttpMethods.Post;
        context.Request.Body = body;
        context.Request.ContentLength = body.Length;
        context.Response.Body = new MemoryStream();
        context.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(new ApiToken.Required()), "POST /api/ties"));

        await token.InvokeAsync(context);

        context.Response.StatusCode.Should().Be(StatusCodes.Status401Unauthorized);
        body.BytesRead.Should().Be(0);
    }

    [Fact]
    public async Task A_body_larger_than_the_api_takes_is_413_even_with_the_token_and_stores_nothing()
    {
        _ = _app.Services;
        var commits = _app.Store.Commits;
        using var body = new CountingStream(1024 * 1024);
        using var content = new StreamContent(body);
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentLength = body.Length;

        var response = await _app.ApiEditor().PostAsync(new Uri("/api/ties", UriKind.Relative), content, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        _app.Store.Commits.Should().Be(commits);
    }

    /// <summary>A body of spaces that counts how much of it was read.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - BytesRead);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
