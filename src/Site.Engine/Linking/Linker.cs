using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Engine.Diagnostics;
using Site.Engine.Loading;
using Site.Engine.Markdown.Citations;
using Site.Engine.Model;
using SourceSpan = Site.Engine.Diagnostics.SourceSpan;

namespace Site.Engine.Linking;

/// <summary>The link stage: checks that every reference names an existing record, then builds the <see cref="SiteGraph"/>.</summary>
public static class Linker
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;

    /// <summary>The kinds of reference that name records of each data kind.</summary>
    private static readonly Dictionary<DataKind, string[]> ReferenceKinds = new()
    {
        [DataKind.People] = ["person", "person or work"],
        [DataKind.Works] = ["person or work"],
        [DataKind.Sources] = ["source"],
        [DataKind.Facts] = ["fact"],
        [DataKind.Claims] = ["claim"],
    };

    /// <summary>Resolves references; returns null when the settings are missing, so nothing can be rendered.</summary>
    public static SiteGraph? Link(Content content, DiagnosticBag diagnostics)
    {
        var people = content.People.Select(p => p.Id).ToHashSet(Ordinal);
        var subjects = people.Concat(content.Works.Select(w => w.Id)).ToHashSet(Ordinal);
        var sources = content.Sources.Select(s => s.Id).ToHashSet(Ordinal);
        var claims = content.Claims.Select(c => c.Id).ToHashSet(Ordinal);
        var facts = content.Facts.Select(f => f.Id).ToHashSet(Ordinal);

        // A kind of record some of whose files could not be read: a reference to it is not checked, for every one that
        // names a lost record would be reported as unknown, and the error that matters would be lost among them.
        var notChecked = new HashSet<string>(Ordinal);
        foreach (var path in content.Unread)
        {
            if (ContentLayout.KindOf(path) is { } kind && ReferenceKinds.TryGetValue(kind, out var kinds))
            {
                notChecked.UnionWith(kinds);
            }
        }

        var skipped = new Dictionary<string, int>(Ordinal);

        void Resolve(Located<string> reference, string kind, HashSet<string> known)
        {
            if (notChecked.Contains(kind))
            {
                skipped[kind] = skipped.GetValueOrDefault(kind) + 1;
            }
            else if (!known.Contains(reference.Value))
            {
                var span = reference.Span with { Length = Math.Max(reference.Span.Length, reference.Value.Length) };
                diagnostics.Add(Errors.UnknownReference(span, kind, reference.Value, Suggestions.Closest(reference.Value, known)));
            }
        }

        void ResolveCitations(IEnumerable<Citation> citations)
        {
            foreach (var citation in citations)
            {
                Resolve(citation.Source, "source", sources);
            }
        }

        foreach (var member in content.Settings?.Couple ?? [])
        {
            Resolve(member, "person", people);
        }

        foreach (var person in content.People)
        {
            ResolveCitations(person.Citations);
            person.Children.ToList().ForEach(c => Resolve(c, "person", people));
        }

        foreach (var work in content.Works)
        {
            ResolveCitations(work.Citations);
            foreach (var credit in work.Credits)
            {
                Resolve(credit.Person, "person", people);
                ResolveCitations(credit.Citations);
            }
        }

        foreach (var fact in content.Facts)
        {
            fact.About.ToList().ForEach(a => Resolve(a, "person or work", subjects));
            ResolveCitations(fact.Citations);
            if (fact.Claim is { } claim)
            {
                Resolve(claim.Key, "claim", claims);
            }
        }

        foreach (var quote in content.Quotes)
        {
            quote.Speakers.ToList().ForEach(s => Resolve(s, "person", people));
            quote.About.ToList().ForEach(a => Resolve(a, "person or work", subjects));
            Resolve(quote.Source, "source", sources);
            ResolveCitations(quote.Citations);
        }

        var markdownLinks = new List<MarkdownLink>();
        foreach (var page in content.Pages)
        {
            skipped["fact"] = skipped.GetValueOrDefault("fact") + LinkPage(page, notChecked.Contains("fact") ? null : facts, diagnostics, markdownLinks);
        }

        NoteSkipped(content, skipped, diagnostics);

        if (content.Settings is null || diagnostics.HasErrors)
        {
            return null;
        }

        var graph = SiteGraph.Build(ReportedDates.Fill(content), content.Settings, markdownLinks);
        diagnostics.AddRange(LinkWarnings.Find(graph));
        return graph;
    }

    /// <summary>Says, for each file that could not be read, how many references to what it holds were not checked.</summary>
    private static void NoteSkipped(Content content, Dictionary<string, int> skipped, DiagnosticBag diagnostics)
    {
        foreach (var path in content.Unread.Order(Ordinal))
        {
            if (ContentLayout.KindOf(path) is { } kind && ReferenceKinds.GetValueOrDefault(kind, []).Sum(skipped.GetValueOrDefault) is var count and > 0)
            {
                diagnostics.Add(Errors.ReferencesNotChecked(SourceSpan.File(path), ContentLayout.Name(kind), count));
            }
        }
    }

    /// <summary>
    /// Checks a page's citation markers against <paramref name="facts"/>, and adds its links and images to
    /// <paramref name="links"/> with where each is written; returns how many markers were not checked, because
    /// <paramref name="facts"/> is null.
    /// </summary>
    private static int LinkPage(Page page, HashSet<string>? facts, DiagnosticBag diagnostics, List<MarkdownLink> links)
    {
        var skipped = 0;
        foreach (var inline in page.Document.Descendants<Inline>())
        {
            var span = page.At(inline.Line, inline.Column);
            switch (inline)
            {
                case CitationInline when facts is null:
                    skipped++;
                    break;
                case CitationInline marker when !facts.Contains(marker.FactId):
                    diagnostics.Add(Errors.UnknownFactMarker(span with { Length = marker.FactId.Length + 3 }, marker.FactId, Suggestions.Closest(marker.FactId, facts)));
                    break;
                case LinkInline { Url: { } url }:
                    links.Add(new MarkdownLink(page, url, span));
                    break;
            }
        }

        return skipped;
    }
}
