using Site.Engine.Diagnostics;
using Site.Engine.Model;

namespace Site.Engine.Validation;

/// <summary>One check on the content as read, before references are linked.</summary>
public interface IContentRule
{
    /// <summary>The problems this rule finds in <paramref name="content"/>.</summary>
    IEnumerable<Diagnostic> Check(Content content);
}
