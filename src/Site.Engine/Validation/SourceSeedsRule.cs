using Site.Engine.Diagnostics;
using Site.Engine.Loading;
using Site.Engine.Model;

namespace Site.Engine.Validation;

/// <summary>
/// Each source reads an existing seed (or one already reported as unreadable), and states a headline, date or publisher
/// only where its article does: the headline and publisher as written, the date in any of the <see cref="WrittenDates"/> forms.
/// </summary>
public sealed class SourceSeedsRule : IContentRule
{
    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Check(Content content)
    {
        foreach (var source in content.Sources)
        {
            if (!content.Seeds.TryGetValue(source.Seed.Value, out var seed))
            {
                // A seed that is there but could not be read is reported as such, at the seed.
                if (!content.Unread.Contains($"{ContentLayout.Seeds}/{source.Seed.Value}"))
                {
                    yield return Errors.SeedMissing(source.Seed.Span, source.Seed.Value);
                }

                continue;
            }

            if (source.Headline is { } headline && !seed.Contains(headline.Value))
            {
                yield return Errors.MetadataNotInSeed(headline.Span, "headline", seed.Path);
            }

            if (source.Date is { } date && !WrittenDates.Contains(seed.Normalized, date.Value))
            {
                yield return Errors.MetadataNotInSeed(date.Span, "date", seed.Path, WrittenDates.FormsOf(date.Value));
            }

            if (source.Publisher is { } publisher && !seed.Contains(publisher.Value))
            {
                yield return Errors.MetadataNotInSeed(publisher.Span, "publisher", seed.Path);
            }
        }
    }
}
