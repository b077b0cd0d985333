namespace Diplomacy.Core.Web.Tests.Hosting;

/// <summary>A test class whose every test gets its own app (so writes never meet) and a client on which the editor is signed in.</summary>
public abstract class SignedInEditor : IAsyncLifetime
{
    /// <summary>The app of this test, seeded afresh.</summary>
    protected RegisterApp App { get; } = new();

    /// <summary>A client that keeps the signed-in editor's cookies.</summary>
    protected HttpClient Editor { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Editor = App.Browser();
        await Editor.SignIn();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
