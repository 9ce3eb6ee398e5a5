using Site.Engine.Rendering.Graphs;
using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering.Pages;

/// <summary>The six degrees page: everyone's steps to the first of the couple through shared works, and a drawing of the graph.</summary>
/// <param name="context">What page builders share.</param>
internal sealed class ConnectionsPageBuilder(PageContext context) : IPageBuilder
{
    /// <inheritdoc/>
    public IEnumerable<PagePlan> Plan() => context.Graph.Couple.Count == 0 ? [] : [context.Page(context.Urls.Connections, Build)];

    /// <summary>The page's title, which links to it also show.</summary>
    public static string Title(string centerName) => $"Six degrees of {centerName}";

    /// <summary>The connections page's view.</summary>
    public ConnectionsView Build()
    {
        var degrees = context.Degrees;
        var center = degrees.Center!;
        var everyone = degrees.Order.Select(p => context.Steps(p)!).ToList();
        var title = Title(center.Name);
        return new ConnectionsView(
            context.Parts.PersonLink(center),
            everyone.Where(s => s.Count is not null).GroupBy(s => s.Count)
                .Select(g => (g.Key == 0 ? g.First().CountText : $"{g.First().CountText}: {ViewParts.Counted(g.Count(), "person", "people")}", (IReadOnlyList<StepsView>)g.ToList()))
                .ToList(),
            everyone.Where(s => s.Count is null).ToList(),
            new ConnectionsLayout(context.Graph, context.Parts).Draw(degrees))
        {
            Chrome = context.Chrome,
            Meta = context.Meta.Of(title, $"How many shared works lead from each person on this site to {center.Name}, with each chain spelled out.",
                context.Urls.Connections, context.Navigation.People, [context.Navigation.People]),
        };
    }
}
