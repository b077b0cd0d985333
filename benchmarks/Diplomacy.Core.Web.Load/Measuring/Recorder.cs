using System.Diagnostics;

namespace Diplomacy.Core.Web.Load.Measuring;

/// <summary>
/// Every request's latency, by the name of what it asked, and every failure: a response other than 2xx, an answer
/// that says something else than it must, or an exception. Safe to use from every client at once.
/// </summary>
internal sealed class Recorder
{
    private const int FailuresKept = 20;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<double>> _milliseconds = [];
    private readonly List<string> _failures = [];
    private int _failureCount;

    public int FailureCount
    {
        get
        {
            lock (_gate)
            {
                return _failureCount;
            }
        }
    }

    /// <summary>The first failures, as said when they happened.</summary>
    public IReadOnlyList<string> Failures
    {
        get
        {
            lock (_gate)
            {
                return [.. _failures];
            }
        }
    }

    public void Took(string name, long startedAt)
    {
        var elapsed = Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds;
        lock (_gate)
        {
            if (!_milliseconds.TryGetValue(name, out var list))
            {
                list = [];
                _milliseconds[name] = list;
            }

            list.Add(elapsed);
        }
    }

    public void Failed(string what)
    {
        lock (_gate)
        {
            _failureCount++;
            if (_failures.Count < FailuresKept)
            {
                _failures.Add(what);
            }
        }
    }

    /// <summary>The latencies of the names that <paramref name="include"/> takes, together.</summary>
    public LatencySummary Summary(string label, Func<string, bool> include)
    {
        lock (_gate)
        {
            return LatencySummary.Of(label, _milliseconds.Where(pair => include(pair.Key)).SelectMany(pair => pair.Value));
        }
    }

    /// <summary>One summary per name, in name order.</summary>
    public IReadOnlyList<LatencySummary> ByName()
    {
        lock (_gate)
        {
            return [.. _milliseconds.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => LatencySummary.Of(pair.Key, pair.Value))];
        }
    }
}
