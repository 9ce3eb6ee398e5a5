using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using AngleSharp.Html.Dom;
using Site.Tests.Support;

namespace Site.Tests.Rendering;

/// <summary>
/// Share cards: the home page and each work and person page name a 1200×630 PNG in their head, which the build wrote;
/// the same site gives the same bytes; a rebuild takes unchanged cards from the cache, and never what the build did not
/// draw; and the setting turns them off.
/// </summary>
public sealed class ShareCardTests
{
    private const string Published = "https://example.org/";

    private static readonly string[] PagesWithCards = ["index.html", "works/the-film/index.html", "people/ann/index.html", "people/bob/index.html"];

    [Fact]
    public async Task The_home_work_and_person_pages_name_a_1200_by_630_png_that_the_build_wrote_under_the_base_path()
    {
        // Given the minimal site, built for a sub-path
        using var site = TestSite.Create();

        // When it is built
        Assert.True((await site.BuildAsync("/sub/")).Succeeded);

        // Then each of those pages names its card for Open Graph and Twitter, at its published address
        foreach (var path in PagesWithCards)
        {
            var page = site.Page(path);
            var image = Meta(page, "og:image");
            Assert.Equal(image, Meta(page, "twitter:image"));
            Assert.StartsWith(Published + "cards/", image, StringComparison.Ordinal);
            Assert.Equal(("1200", "630"), (Meta(page, "og:image:width"), Meta(page, "og:image:height")));
            Assert.Equal("summary_large_image", Meta(page, "twitter:card"));

            // and the file it names is in the output folder: a PNG whose header says 1200×630
            var png = await File.ReadAllBytesAsync(Path.Combine(site.Output, image[Published.Length..]));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
            Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
            Assert.Equal((1200u, 630u), (BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20))));
        }

        // The card's text alternative says what it shows, from the content
        Assert.Equal("The Film: Film · 1987, on Test Site", Meta(site.Page("works/the-film/index.html"), "og:image:alt"));
        Assert.Equal("Ann: Person, on Test Site", Meta(site.Page("people/ann/index.html"), "og:image:alt"));

        // A page of another kind has no card, and asks for the small summary
        var timeline = site.Page("timeline/index.html");
        Assert.Null(timeline.QuerySelector("meta[property='og:image']"));
        Assert.Equal("summary", Meta(timeline, "twitter:card"));
    }

    [Fact]
    public async Task The_same_site_gives_the_same_card_bytes_when_drawn_again()
    {
        // Given the minimal site, built once
        using var site = TestSite.Create();
        Assert.True((await site.BuildAsync()).Succeeded);
        var first = Snapshot.Of(Path.Combine(site.Output, "cards"));

        // When its cache and output are removed and it is built again, so every card is drawn anew
        Directory.Delete(Path.Combine(site.Root, ".cache"), recursive: true);
        Directory.Delete(site.Output, recursive: true);
        Assert.True((await site.BuildAsync()).Succeeded);

        // Then every card has the same bytes
        Assert.Equal(4, first.Count);
        Assert.Equal(first, Snapshot.Of(Path.Combine(site.Output, "cards")));
    }

    [Fact]
    public async Task A_rebuild_takes_unchanged_cards_from_the_cache_and_draws_only_the_one_whose_text_changed()
    {
        // Given the minimal site, built once, and its cache of cards
        using var site = TestSite.Create();
        Assert.True((await site.BuildAsync()).Succeeded);
        var cache = Path.Combine(site.Root, ".cache", "cards");
        var drawn = Kept(cache);
        Assert.Equal(4, drawn.Count);

        // When it is built again unchanged, no card is drawn: the cache is exactly as it was
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.Equal(drawn, Kept(cache));

        // When a work's title changes, only its card is drawn: one new file, and the others untouched
        var before = await File.ReadAllBytesAsync(Path.Combine(site.Output, "cards", "works", "the-film.png"));
        site.With("input/works.yaml", File.ReadAllText(Path.Combine(site.Root, "input", "works.yaml")).Replace("title: The Film", "title: The Other Film", StringComparison.Ordinal));
        Assert.True((await site.BuildAsync()).Succeeded);
        var after = Kept(cache);
        Assert.Equal(5, after.Count);
        Assert.All(drawn, kept => Assert.Equal(kept.Value, after[kept.Key]));
        Assert.NotEqual(before, await File.ReadAllBytesAsync(Path.Combine(site.Output, "cards", "works", "the-film.png")));
    }

    [Fact]
    public async Task With_share_cards_false_no_card_is_drawn_or_named_and_the_icon_stays()
    {
        // Given the minimal site with share cards turned off
        using var site = TestSite.Create();
        site.With("input/site.yaml", File.ReadAllText(Path.Combine(site.Root, "input", "site.yaml")) + "\nshare_cards: false\n");

        // When it is built
        Assert.True((await site.BuildAsync()).Succeeded);

        // Then no card is written, drawn or named, and Twitter is asked for the small summary
        Assert.False(Directory.Exists(Path.Combine(site.Output, "cards")));
        Assert.Empty(Kept(Path.Combine(site.Root, ".cache", "cards")));
        foreach (var path in PagesWithCards)
        {
            var page = site.Page(path);
            Assert.Empty(page.QuerySelectorAll("meta[property^='og:image'], meta[name^='twitter:image']"));
            Assert.Equal("summary", Meta(page, "twitter:card"));
        }

        // and the icon is still there
        Assert.True(File.Exists(Path.Combine(site.Output, "favicon.ico")));
    }

    [Fact]
    public async Task Every_page_links_the_icon_as_svg_and_ico_and_both_are_written_at_the_root()
    {
        // Given the minimal site, built for a sub-path
        using var site = TestSite.Create();

        // When it is built
        Assert.True((await site.BuildAsync("/sub/")).Succeeded);

        // Then every page links both icons under the base path
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = site.Page(Path.GetRelativePath(site.Output, file));
            Assert.Equal(["/sub/favicon.ico", "/sub/favicon.svg"], page.QuerySelectorAll("link[rel=icon]").Select(l => l.GetAttribute("href")).Order(StringComparer.Ordinal));
            Assert.Equal("image/svg+xml", page.QuerySelector("link[rel=icon][href$='.svg']")!.GetAttribute("type"));
        }

        // favicon.ico is an icon file holding one 32×32 PNG, where browsers look for it without being told
        var ico = await File.ReadAllBytesAsync(Path.Combine(site.Output, "favicon.ico"));
        Assert.Equal([0, 0, 1, 0, 1, 0, 32, 32], ico[..8]);
        Assert.Equal(ico.Length - 22, BinaryPrimitives.ReadInt32LittleEndian(ico.AsSpan(14)));
        Assert.Equal(0x89, ico[22]);

        // favicon.svg is an SVG whose letter is a path, so it needs no font
        var svg = await File.ReadAllTextAsync(Path.Combine(site.Output, "favicon.svg"));
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg, StringComparison.Ordinal);
        Assert.Contains("<path fill=\"#fff\" d=\"M", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<text", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cache_entry_that_is_a_link_or_not_what_the_build_draws_is_drawn_again_and_never_published()
    {
        // Given the minimal site, built once, and a secret file elsewhere on the machine
        using var site = TestSite.Create().With("secret.txt", "SECRET-TOKEN=not-for-the-site");
        Assert.True((await site.BuildAsync()).Succeeded);
        var published = Snapshot.Of(site.Output);
        var cache = Path.Combine(site.Root, ".cache", "cards");
        var annCard = KeyOf(cache, Path.Combine(site.Output, "cards", "people", "ann.png"));
        var bobCard = KeyOf(cache, Path.Combine(site.Output, "cards", "people", "bob.png"));
        var filmCard = KeyOf(cache, Path.Combine(site.Output, "cards", "works", "the-film.png"));
        var icon = KeyOf(cache, Path.Combine(site.Output, "favicon.ico"));
        var letter = Assert.Single(Directory.EnumerateFiles(cache, "*.path"));

        // When the cache's entries are replaced under their keys: one by a link to the secret, one by text, one by a
        // PNG of another size, the icon by a PNG, and the letter's outline by SVG markup with a script in it
        File.Delete(annCard);
        File.CreateSymbolicLink(annCard, Path.Combine(site.Root, "secret.txt"));
        await File.WriteAllTextAsync(bobCard, "SECRET-TOKEN=not-for-the-site");
        var wrongSize = await File.ReadAllBytesAsync(filmCard);
        BinaryPrimitives.WriteUInt32BigEndian(wrongSize.AsSpan(16), 1);
        await File.WriteAllBytesAsync(filmCard, wrongSize);
        await File.WriteAllBytesAsync(icon, await File.ReadAllBytesAsync(Path.Combine(site.Output, "cards", "home.png")));
        await File.WriteAllTextAsync(letter, "M0 0\"/><script>alert(1)</script><path d=\"M0 0");
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.Equal(published, Snapshot.Of(site.Output));

        // When a card is replaced by a PNG of the right size that carries more than a picture (a text chunk), another
        // by one whose checksum is wrong, and the letter by an outline longer than any letter's
        var card = await File.ReadAllBytesAsync(annCard);
        await File.WriteAllBytesAsync(annCard, [.. card[..33], .. PngChunk("tEXt", "Comment\0<script>alert(1)</script>"u8.ToArray()), .. card[33..]]);
        var badChecksum = (byte[])card.Clone();
        badChecksum[29] ^= 1;
        await File.WriteAllBytesAsync(bobCard, badChecksum);
        await File.WriteAllTextAsync(letter, "M0 0L64 0L0 64Z" + new string('0', 20_000));
        Assert.True((await site.BuildAsync()).Succeeded);

        // Then every card and icon is drawn again exactly as before, none of what was planted is published, the
        // links in the cache are replaced by the cards, and the secret is untouched
        Assert.Equal(published, Snapshot.Of(site.Output));
        Assert.Null(new FileInfo(annCard).LinkTarget);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(site.Output, "cards", "people", "ann.png")), await File.ReadAllBytesAsync(annCard));
        Assert.Equal("SECRET-TOKEN=not-for-the-site", await File.ReadAllTextAsync(Path.Combine(site.Root, "secret.txt")));
    }

    [Fact]
    public async Task A_cache_folder_that_is_a_link_is_not_used_and_nothing_is_written_where_it_leads()
    {
        // Given the minimal site whose .cache is a link to a folder elsewhere
        using var site = TestSite.Create().With("elsewhere/keep.txt", "mine");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, ".cache"), Path.Combine(site.Root, "elsewhere"));

        // When it is built twice
        Assert.True((await site.BuildAsync()).Succeeded);
        var first = Snapshot.Of(site.Output);
        Assert.True((await site.BuildAsync()).Succeeded);

        // Then the site has its cards, drawn each time to the same bytes, and nothing was written through the link
        Assert.Equal(4, Directory.EnumerateFiles(Path.Combine(site.Output, "cards"), "*.png", SearchOption.AllDirectories).Count());
        Assert.Equal(first, Snapshot.Of(site.Output));
        Assert.Equal(["keep.txt"], Snapshot.Of(Path.Combine(site.Root, "elsewhere")).Keys);
    }

    /// <summary>A PNG chunk of <paramref name="type"/> holding <paramref name="data"/>, with its checksum right.</summary>
    private static byte[] PngChunk(string type, byte[] data)
    {
        byte[] body = [.. Encoding.ASCII.GetBytes(type), .. data];
        var chunk = new byte[body.Length + 8];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        body.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(4 + body.Length), Crc32.HashToUInt32(body));
        return chunk;
    }

    /// <summary>The file in the cache with the same bytes as <paramref name="published"/>.</summary>
    private static string KeyOf(string cache, string published)
    {
        var bytes = File.ReadAllBytes(published);
        return Assert.Single(Directory.EnumerateFiles(cache), f => File.ReadAllBytes(f).AsSpan().SequenceEqual(bytes));
    }

    private static string Meta(IHtmlDocument page, string name) =>
        (page.QuerySelector($"meta[property='{name}']") ?? page.QuerySelector($"meta[name='{name}']"))?.GetAttribute("content")
        ?? throw new Xunit.Sdk.XunitException($"no meta {name}");

    /// <summary>The cards in the cache (the icon is kept there too), with the time each was written.</summary>
    private static Dictionary<string, DateTime> Kept(string folder) =>
        Directory.EnumerateFiles(folder, "*.png").ToDictionary(f => Path.GetFileName(f), File.GetLastWriteTimeUtc);
}
