using System.Security.Cryptography;

namespace Diplomacy.Core.Web.Load.Hosting;

/// <summary>The editor and API token a run gives the app through its environment, made up fresh for each run.</summary>
internal sealed record Credentials(string EditorName, string EditorPassword, string ApiToken)
{
    public static Credentials Fresh() =>
        new("load-editor", Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), Convert.ToHexString(RandomNumberGenerator.GetBytes(24)));
}
