namespace Platform.Graph.Projection;

/// <summary>Every <c>replied_to</c> interval of a user, kept sorted so percentiles cost no sort per delta.</summary>
internal sealed class ReplyIntervals
{
    private readonly List<double> _sorted = [];
    private double _sum;

    public int Count => _sorted.Count;
    public IReadOnlyList<double> Sorted => _sorted;
    public double? Average => Count == 0 ? null : _sum / Count;

    public void Add(IEnumerable<double> seconds)
    {
        foreach (var value in seconds)
        {
            var at = _sorted.BinarySearch(value);
            _sorted.Insert(at < 0 ? ~at : at, value);
            _sum += value;
        }
    }

    public void Remove(IEnumerable<double> seconds)
    {
        foreach (var value in seconds)
        {
            var at = _sorted.BinarySearch(value);
            if (at >= 0)
            {
                _sorted.RemoveAt(at);
                _sum -= value;
            }
        }
    }

    /// <summary>
    /// Swaps one conversation's intervals (both ascending) touching only the differences: a delta usually
    /// adds one reply or none, and each insert or removal moves the whole list.
    /// </summary>
    public void Replace(double[] oldAscending, double[] newAscending)
    {
        int i = 0, j = 0;
        var removed = new List<double>();
        var added = new List<double>();
        while (i < oldAscending.Length || j < newAscending.Length)
        {
            if (j == newAscending.Length || (i < oldAscending.Length && oldAscending[i] < newAscending[j]))
            {
                removed.Add(oldAscending[i++]);
            }
            else if (i == oldAscending.Length || newAscending[j] < oldAscending[i])
            {
                added.Add(newAscending[j++]);
            }
            else
            {
                (i, j) = (i + 1, j + 1);
            }
        }

        Remove(removed);
        Add(added);
    }

    /// <summary>Nearest-rank percentile of an ascending list; null when empty.</summary>
    public static double? Percentile(IReadOnlyList<double> ascending, double p) =>
        ascending.Count == 0 ? null : ascending[Math.Clamp((int)Math.Ceiling(p * ascending.Count) - 1, 0, ascending.Count - 1)];
}
