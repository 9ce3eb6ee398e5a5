using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Engine.Diagnostics;
using Site.Engine.Markdown.Citations;
using Site.Engine.Model;
using SourceSpan = Site.Engine.Diagnostics.SourceSpan;

namespace Site.Engine.Linking;

/// <summary>The link stage: checks that every reference names an existing record, then builds the <see cref="SiteGraph"/>.</summary>
public static class Linker
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;

    /// <summary>Resolves references; returns null when the settings are missing, so nothing can be rendered.</summary>
    public static SiteGraph? Link(Content content, DiagnosticBag diagnostics)
    {
        var people = content.People.Select(p => p.Id).ToHashSet(Ordinal);
        var subjects = people.Concat(content.Works.Select(w => w.Id)).ToHashSet(Ordinal);
        var sources = content.Sources.Select(s => s.Id).ToHashSet(Ordinal);
        var claims = content.Claims.Select(c => c.Id).ToHashSet(Ordinal);
        var facts = content.Facts.Select(f => f.Id).ToHashSet(Ordinal);

        void Resolve(Located<string> reference, string kind, HashSet<string> known)
        {
            if (!known.Contains(reference.Value))
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
        }

        foreach (var page in content.Pages)
        {
            CheckPage(page, facts, diagnostics);
        }

        if (content.Settings is null || diagnostics.HasErrors)
        {
            return null;
        }

        var graph = new SiteGraph(content, content.Settings);
        diagnostics.AddRange(LinkWarnings.Find(graph));
        return graph;
    }

    private static void CheckPage(Page page, HashSet<string> facts, DiagnosticBag diagnostics)
    {
        foreach (var inline in page.Document.Descendants<Inline>())
        {
            var span = new SourceSpan(page.Span.Path, page.BodyLine + inline.Line, inline.Column + 1);
            if (inline is CitationInline marker && !facts.Contains(marker.FactId))
            {
                diagnostics.Add(Errors.UnknownFactMarker(span with { Length = marker.FactId.Length + 3 }, marker.FactId, Suggestions.Closest(marker.FactId, facts)));
            }
        }
    }
}
