using Site.Engine.Rendering.Views;

namespace Site.Engine.Rendering.Pages;

/// <summary>The people index: everyone the sources mention, with who they are to the couple.</summary>
/// <param name="context">What page builders share.</param>
internal sealed class PersonIndexPageBuilder(PageContext context) : IPageBuilder
{
    /// <inheritdoc/>
    public IEnumerable<PagePlan> Plan() => [context.Page(context.Urls.People, Build)];

    /// <summary>The people index's view.</summary>
    public PersonIndexView Build()
    {
        var people = context.Graph.Content.People;
        var description = $"The {people.Count} people the sources mention: the couple, their family, and the people they work with.";
        return new PersonIndexView(people.Select(p => new PersonRow(context.Parts.PersonLink(p), p.Relation, context.Graph.FactsAbout[p.Id].Count())).ToList())
        {
            Chrome = context.Chrome,
            Meta = context.Meta.Collection(context.Navigation.People, description),
        };
    }
}
