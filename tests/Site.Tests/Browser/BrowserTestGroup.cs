namespace Site.Tests.Browser;

/// <summary>The browser tests share one build, one server and one browser, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Browser";
}
