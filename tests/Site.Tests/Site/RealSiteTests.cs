using AngleSharp.Html.Parser;
using Site.Engine.Model;
using Site.Tests.Support;

namespace Site.Tests.Site;

/// <summary>The real site, built from the repository's input/, meets the structural promises every page makes.</summary>
public sealed class RealSiteTests(RealSiteFixture fixture) : IClassFixture<RealSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Every_internal_link_and_asset_reference_resolves_to_a_generated_file_and_anchor()
    {
        var broken = new List<string>();
        foreach (var (path, page) in Site.Pages)
        {
            var references = page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(page.QuerySelectorAll("img[src], script[src]").Select(e => e.GetAttribute("src")!));
            foreach (var href in references)
            {
                var target = Site.Target(path, href);
                if (target is null)
                {
                    continue;
                }

                if (!Site.Files.Contains(target))
                {
                    broken.Add($"{path}: {href} (no file {target})");
                }
                else if (BuiltSite.Fragment(href) is { Length: > 0 } fragment && Site.Pages[target].GetElementById(fragment) is null)
                {
                    broken.Add($"{path}: {href} (no element #{fragment})");
                }
            }
        }

        Assert.Empty(broken);
        Assert.Contains("assets/site.css", Site.Files);
    }

    [Fact]
    public void Every_page_has_one_h1_a_title_a_meta_description_and_a_language()
    {
        foreach (var (path, page) in Site.Pages)
        {
            Assert.True(page.QuerySelectorAll("h1").Length == 1, $"{path} should have exactly one h1");
            Assert.False(string.IsNullOrWhiteSpace(page.Title), $"{path} has no title");
            var description = page.QuerySelector("meta[name=description]")?.GetAttribute("content");
            Assert.False(string.IsNullOrWhiteSpace(description), $"{path} has no meta description");
            Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        }
    }

    [Fact]
    public void No_page_repeats_an_element_id()
    {
        foreach (var (path, page) in Site.Pages)
        {
            var repeated = page.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(repeated.Count == 0, $"{path} repeats ids: {string.Join(", ", repeated)}");
        }
    }

    [Fact]
    public void Every_page_parses_without_html_errors()
    {
        foreach (var path in Site.Pages.Keys)
        {
            var errors = new List<string>();
            var parser = new HtmlParser();
            parser.Error += (_, e) => errors.Add(e.ToString() ?? "error");
            parser.ParseDocument(File.ReadAllText(Path.Combine(Site.Output, path)));
            Assert.True(errors.Count == 0, $"{path}: {string.Join("; ", errors)}");
        }
    }

    [Fact]
    public void Every_folder_at_the_top_of_the_site_is_a_markdown_pages_or_a_name_no_page_can_take()
    {
        // A Markdown page named like a section would be written over it, so each section's name must be reserved
        var pages = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "input", "pages"), "*.md").Select(Path.GetFileNameWithoutExtension);
        var folders = Directory.EnumerateDirectories(fixture.Output).Select(Path.GetFileName).ToList();

        Assert.Contains("connections", folders);
        Assert.Contains("cards", folders);
        Assert.Empty(folders.Except(pages).Except(ReservedSlugs.All));
    }

    [Fact]
    public void Every_source_person_and_work_in_the_data_has_its_page()
    {
        var content = fixture.Result;
        Assert.True(content.PageCount > 50);
        foreach (var id in RepoData.Ids("sources.yaml"))
        {
            Assert.Contains($"sources/{id}/index.html", Site.Files);
        }

        foreach (var id in RepoData.Ids("people.yaml"))
        {
            Assert.Contains($"people/{id}/index.html", Site.Files);
        }

        foreach (var id in RepoData.Ids("works.yaml"))
        {
            Assert.Contains($"works/{id}/index.html", Site.Files);
        }
    }

    [Fact]
    public void Every_fact_appears_on_the_page_of_everything_it_is_about_with_citation_links_that_resolve()
    {
        var facts = RepoData.Facts();
        Assert.True(facts.Count > 80, "the real site should hold every fact the articles give");
        foreach (var (id, about) in facts)
        {
            foreach (var subject in about)
            {
                var pagePath = Site.Files.Contains($"people/{subject}/index.html") ? $"people/{subject}/index.html" : $"works/{subject}/index.html";
                var item = Site.Pages[pagePath].GetElementById("fact-" + id);
                Assert.True(item is not null, $"fact {id} is missing from {pagePath}");
                var citations = BuiltSite.Citations(Site.Pages[pagePath], item!);
                Assert.NotEmpty(citations);
                foreach (var (href, quotes) in citations)
                {
                    // A passage cited again on a page shares the note, and the link, of its first citation there.
                    var target = Site.Target(pagePath, href)!;
                    Assert.True(Site.Pages[target].GetElementById("fact-" + id) is not null, $"{target} does not show fact {id}");
                    var passage = Site.Pages[target].GetElementById(BuiltSite.Fragment(href)!)!.QuerySelectorAll("blockquote").Select(b => b.TextContent.Trim());
                    Assert.True(quotes.All(passage.Contains), $"{href} does not show the words its note quotes");
                }
            }
        }
    }

    [Fact]
    public void Every_page_is_reachable_from_the_home_page()
    {
        var seen = new HashSet<string> { "index.html" };
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var path))
        {
            foreach (var href in Site.Pages[path].QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (Site.Target(path, href) is { } target && target.EndsWith(".html", StringComparison.Ordinal) && seen.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        Assert.Empty(Site.Pages.Keys.Where(p => p != "404.html").Except(seen));
    }

    [Fact]
    public void Where_sources_disagree_both_sides_are_shown_with_citations_and_affected_facts_say_so()
    {
        var disputes = Site.Pages["disputes/index.html"];
        var sections = disputes.QuerySelectorAll("section.dispute");
        Assert.True(sections.Length >= 5, "the articles disagree on at least five points");
        foreach (var section in sections)
        {
            var sides = section.QuerySelectorAll(".side");
            Assert.True(sides.Length >= 2, $"{section.Id} shows only one side");
            Assert.All(sides, side => Assert.NotEmpty(BuiltSite.CitationLinks(disputes, side)));
        }

        Assert.Empty(disputes.QuerySelectorAll("main a.disputed"));
        var yearMet = disputes.GetElementById("claim-year-met")!;
        Assert.Contains("1987", yearMet.TextContent, StringComparison.Ordinal);
        Assert.Contains("1988", yearMet.TextContent, StringComparison.Ordinal);
        var lemonSky = Site.Pages["works/lemon-sky/index.html"];
        Assert.NotNull(lemonSky.QuerySelector("#fact-met-1987 a.disputed[href='/disputes/#claim-year-met']"));
    }

    [Fact]
    public void Sources_say_when_the_article_states_no_headline_date_or_publisher()
    {
        var undated = Site.Pages["sources/connescence-cast-report/index.html"].QuerySelector("dl.source-facts")!.TextContent;
        Assert.Equal(3, CountOf(undated, "not stated in the article"));
        var hello = Site.Pages["sources/hello-2024/index.html"].QuerySelector("dl.source-facts")!;
        Assert.Contains("HELLO!", hello.TextContent, StringComparison.Ordinal);
        Assert.Equal("2024-01-30", hello.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Inside Kevin Bacon And Kyra Sedgwick's Marriage", Site.Pages["sources/inside-their-marriage/index.html"].QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void No_page_republishes_a_paragraph_of_an_article()
    {
        var paragraphs = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "seeds"))
            .SelectMany(seed => File.ReadAllText(seed).Split('\n'))
            .Select(p => p.Trim())
            .Where(p => p.Length > 250)
            .ToList();
        Assert.True(paragraphs.Count > 10);
        foreach (var (path, page) in Site.Pages)
        {
            var text = page.Body!.TextContent;
            Assert.DoesNotContain(paragraphs, p => text.Contains(p, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Home_page_leads_with_the_newest_film_they_star_in_together()
    {
        var home = Site.Pages["index.html"];
        var newest = home.QuerySelector("section.newest h2 a")!;
        // Connescence is newer, but no article gives it a year, so the newest dated film leads.
        Assert.Equal("Space Oddity", newest.TextContent);
        Assert.Equal("/works/space-oddity/", newest.GetAttribute("href"));
        Assert.True(home.QuerySelectorAll(".cards .card.together").Length >= 8);
    }

    [Fact]
    public void Timeline_lists_dated_events_oldest_first()
    {
        // An entry dated by its year alone takes its date from its year's heading.
        var dates = Site.Pages["timeline/index.html"].QuerySelectorAll(".timeline li.fact")
            .Select(f => f.QuerySelector("time")?.GetAttribute("datetime") ?? f.Closest("li.year")!.QuerySelector("h2")!.TextContent)
            .ToList();
        Assert.True(dates.Count > 30);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.StartsWith("1987", dates[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_quote_appears_by_speaker_and_on_its_source_page()
    {
        var quotes = Site.Pages["quotes/index.html"];
        var onQuotesPage = quotes.QuerySelectorAll("figure.quote").Select(f => f.Id!).ToList();
        Assert.True(onQuotesPage.Count >= 45);
        foreach (var id in onQuotesPage)
        {
            var href = Assert.Single(BuiltSite.CitationLinks(quotes, quotes.GetElementById(id)!));
            Assert.NotNull(Site.Pages[Site.Target("quotes/index.html", href)!].GetElementById(id));
        }
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;
}
