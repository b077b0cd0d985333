using System.Diagnostics;
using System.Globalization;
using Diplomacy.Core.Web.Load.Editing;
using Diplomacy.Core.Web.Load.Measuring;

namespace Diplomacy.Core.Web.Load.Reading;

/// <summary>
/// A reader: asks for the rotation of pages and answers one after the other, with no pause, until told to stop.
/// Asking for the editor's latest acknowledged tie checks that an acknowledged write is visible to every reader.
/// </summary>
internal static class Reader
{
    public static async Task ReadAsync(HttpClient client, int number, Editor editor, Recorder recorder, CancellationToken stop)
    {
        for (var turn = number; !stop.IsCancellationRequested; turn++)
        {
            var rotation = ReadRequest.Rotation(editor.LastAcknowledged);
            var request = rotation[turn % rotation.Count];
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.GetAsync(new Uri(request.PathAndQuery, UriKind.Relative), CancellationToken.None).ConfigureAwait(false);
                var body = await response.Content.ReadAsStringAsync(CancellationToken.None).ConfigureAwait(false);
                recorder.Took(request.Name, started);
                if (!response.IsSuccessStatusCode)
                {
                    recorder.Failed(string.Create(CultureInfo.InvariantCulture, $"GET {request.PathAndQuery}: {(int)response.StatusCode}"));
                }
                else if (!body.Contains(request.MustContain, StringComparison.Ordinal))
                {
                    recorder.Failed($"GET {request.PathAndQuery}: the answer lacks {request.MustContain}");
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                recorder.Failed($"GET {request.PathAndQuery}: {e.GetType().Name}: {e.Message}");
            }
        }
    }
}
