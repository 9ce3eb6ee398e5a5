namespace Site.Engine.Model;

/// <summary>An outlet an article attributes something to, with the article's own words that name it.</summary>
/// <param name="Name">The outlet's name, in our spelling.</param>
/// <param name="Quote">The words of the article that attribute something to it, copied verbatim.</param>
public sealed record Outlet(Located<string> Name, Located<string> Quote);
