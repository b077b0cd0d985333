using System.Security.Cryptography;
using System.Text;

namespace Diplomacy.Core.Web.Editors;

/// <summary>Compares a secret with what a caller sent in time that tells nothing of where they differ, nor of the secret's length.</summary>
internal static class Secrets
{
    public static bool Match(string? expected, string? given)
    {
        if (string.IsNullOrEmpty(expected) || given is null)
        {
            return false;
        }

        // Hashing first gives both sides one length, so the comparison's time does not depend on the secret's.
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)),
            SHA256.HashData(Encoding.UTF8.GetBytes(given)));
    }
}
