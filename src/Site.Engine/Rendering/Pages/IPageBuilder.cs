namespace Site.Engine.Rendering.Pages;

/// <summary>One kind of page: decides which pages of its kind the site has, and builds each one's view model.</summary>
internal interface IPageBuilder
{
    /// <summary>The pages of this kind, in a fixed order; each builds its view only when the theme renders it.</summary>
    IEnumerable<PagePlan> Plan();
}
