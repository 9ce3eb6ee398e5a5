using Site.Engine.Model;

namespace Site.Engine.Rendering.Graphs;

/// <summary>Where each year falls across the careers chart, each year a column of equal width.</summary>
internal sealed class YearScale
{
    private readonly ChartGeometry _size;
    private readonly double _column;

    /// <summary>A scale from <paramref name="first"/> to <paramref name="last"/>, both included, across a chart of <paramref name="size"/>.</summary>
    public YearScale(int first, int last, ChartGeometry size)
    {
        (First, Last, _size) = (first, last, size);
        _column = (size.Width - (2 * size.Padding)) / (last - first + 1);
    }

    /// <summary>The first year.</summary>
    public int First { get; }

    /// <summary>The last year.</summary>
    public int Last { get; }

    /// <summary>The middle of a year's column.</summary>
    public double X(int year) => _size.Padding + ((year - First + 0.5) * _column);

    /// <summary>
    /// Where <paramref name="work"/> goes: its year's column, beside the other works of that year in <paramref name="all"/>,
    /// in their order there; a work in two lanes is at the same place in both, so the line joining them is upright.
    /// </summary>
    public double X(Work work, ILookup<int, Work> all)
    {
        var year = work.Year!.Value.Year;
        var sameYear = all[year].ToList();
        var spacing = Math.Min(_size.Radius * 2.2, _column * 0.9 / sameYear.Count);
        return X(year) + ((sameYear.IndexOf(work) - ((sameYear.Count - 1) / 2.0)) * spacing);
    }

    /// <summary>The years labelled under the axis: the multiples of a round step.</summary>
    public IEnumerable<int> Ticks()
    {
        var step = _size.TickStep(Last - First + 1);
        for (var year = (First + step - 1) / step * step; year <= Last; year += step)
        {
            yield return year;
        }
    }
}
