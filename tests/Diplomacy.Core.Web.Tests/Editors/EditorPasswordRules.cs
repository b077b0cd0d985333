using Diplomacy.Core.Web.Editors;
using Microsoft.Extensions.Options;

namespace Diplomacy.Core.Web.Tests.Editors;

/// <summary>The editor's password may be configured as a hash, so that no password is kept in configuration; a hash, when given, is what counts.</summary>
public sealed class EditorPasswordRules
{
    [Fact]
    public void A_configured_hash_lets_in_the_password_it_was_made_from_and_no_other()
    {
        var editors = new EditorSignIn(new Fixed(new EditorOptions { Name = "editor", PasswordHash = EditorSignIn.Hash(string.Empty, "s3cret") }));

        editors.Verify("editor", "s3cret").Should().BeTrue();
        editors.Verify("editor", "S3cret").Should().BeFalse();
        editors.Verify("someone", "s3cret").Should().BeFalse();
    }

    [Fact]
    public void A_hash_takes_precedence_over_a_plain_password()
    {
        var editors = new EditorSignIn(new Fixed(new EditorOptions { Name = "editor", Password = "plain", PasswordHash = EditorSignIn.Hash(string.Empty, "hashed") }));

        editors.Verify("editor", "plain").Should().BeFalse();
        editors.Verify("editor", "hashed").Should().BeTrue();
    }

    private sealed class Fixed(EditorOptions value) : IOptionsMonitor<EditorOptions>
    {
        public EditorOptions CurrentValue => value;

        public EditorOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<EditorOptions, string?> listener) => null;
    }
}
