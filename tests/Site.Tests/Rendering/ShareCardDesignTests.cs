using System.Text;
using System.Xml.Linq;
using Site.Engine.Rendering.Cards;
using Site.Tests.Support;
using Site.Theme;
using SkiaSharp;

namespace Site.Tests.Rendering;

/// <summary>
/// A share card's design: the theme's SVG, which Svg.Skia draws, from the layout the engine measures in the theme's font.
/// </summary>
public sealed class ShareCardDesignTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void A_card_is_drawn_in_the_theme_s_font_whatever_family_its_svg_names()
    {
        // Given the theme's design of a card, which names the theme's font, and the same design naming a font of
        // many machines (Liberation Sans is on this one) and a font of none
        var theme = new ThemeRenderer(RepoPaths.Theme);
        var card = new ShareCard("cards/people/p.png", "https://example.org/cards/people/p.png", "Person", "Kyra Sedgwick", "Bacon & Sedgwick");
        using var data = SKData.CreateCopy(theme.CardFont().Span);
        using var typeface = SKTypeface.FromData(data);
        var svg = theme.CardSvg(CardLayout.Of(card, typeface));
        const string Named = "font-family=\"DejaVu Serif\"";
        Assert.Contains(Named, svg, StringComparison.Ordinal);

        // When each is drawn
        var drawn = CardDesign.Draw(svg, typeface);

        // Then they are the same bytes: every glyph comes from the theme's font, never from the machine's
        Assert.Equal(drawn, CardDesign.Draw(svg.Replace(Named, "font-family=\"Liberation Sans\"", StringComparison.Ordinal), typeface));
        Assert.Equal(drawn, CardDesign.Draw(svg.Replace(Named, "font-family=\"No Such Font\"", StringComparison.Ordinal), typeface));
    }

    [Fact]
    public void A_card_is_an_svg_image_of_1200_by_630_named_by_its_title_which_it_shows_in_lines_that_fit()
    {
        // Given the real theme, and a work whose title is too long for one line and has characters to escape
        var theme = new ThemeRenderer(RepoPaths.Theme);
        var card = new ShareCard("cards/works/w.png", "https://example.org/cards/works/w.png", "Film · 1990", "Tremors <2> & the Rest of the Story", "Bacon & Sedgwick");
        using var data = SKData.CreateCopy(theme.CardFont().Span);
        using var typeface = SKTypeface.FromData(data);

        // When it is laid out and designed
        var view = CardLayout.Of(card, typeface);
        var svg = XDocument.Parse(theme.CardSvg(view)).Root!;

        // Then it is well-formed SVG of the card's size, an image whose title and description say what it shows
        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal(("1200", "630", "img"), ((string?)svg.Attribute("width"), (string?)svg.Attribute("height"), (string?)svg.Attribute("role")));
        Assert.Equal(card.Title, svg.Element(Svg + "title")?.Value);
        Assert.Equal("Film · 1990, on Bacon & Sedgwick", svg.Element(Svg + "desc")?.Value);
        Assert.Equal(["Film · 1990", "Bacon & Sedgwick"], svg.Elements(Svg + "text").Where(t => !t.HasElements).Select(t => t.Value));

        // and it shows the whole title in more than one line, each no wider than the card less its margins
        var lines = svg.Descendants(Svg + "tspan").Select(t => t.Value).ToList();
        Assert.True(lines.Count > 1, $"one line: {lines[0]}");
        Assert.Equal(card.Title, string.Join(' ', lines));
        using var font = CardLayout.Font(typeface, view.TitleSize);
        Assert.All(lines, line => Assert.InRange(font.MeasureText(line), 1, ShareCard.Width - 160));
    }

    [Theory]
    [InlineData("A", 200_000)]
    [InlineData("Kevin Bacon 👨‍👩‍👧 ", 20_000)]
    [InlineData("\u0301", 50_000)]
    public void A_title_and_a_site_name_of_any_length_are_cut_to_fit_with_an_ellipsis_between_two_letters(string part, int times)
    {
        // Given a card whose title and site name repeat a part many times: one long word, words with emoji made of
        // several code points, and nothing but combining accents (which take no width at all)
        var theme = new ThemeRenderer(RepoPaths.Theme);
        var text = string.Concat(Enumerable.Repeat(part, times));
        var card = new ShareCard("cards/home.png", "https://example.org/cards/home.png", "Home", text, text);
        using var data = SKData.CreateCopy(theme.CardFont().Span);
        using var typeface = SKTypeface.FromData(data);

        // When it is laid out
        var view = CardLayout.Of(card, typeface);

        // Then the title takes at most three lines at its smallest size and the site name one, each no wider than the
        // text's width; both end in an ellipsis, and no cut splits a letter made of several code points
        Assert.InRange(view.TitleLines.Count, 1, 3);
        Assert.Equal(54, view.TitleSize);
        using var titleFont = CardLayout.Font(typeface, view.TitleSize);
        Assert.All(view.TitleLines, line => Assert.InRange(titleFont.MeasureText(line), 0, CardView.TextWidth));
        Assert.EndsWith("…", view.TitleLines[^1], StringComparison.Ordinal);
        Assert.EndsWith("…", view.SiteName, StringComparison.Ordinal);
        var shown = string.Concat(view.TitleLines.Select(l => l.TrimEnd('…'))) + view.SiteName.TrimEnd('…');
        Assert.Equal(shown.Length, new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(new UTF8Encoding(false, true).GetBytes(shown)));
        Assert.All(view.TitleLines.Append(view.SiteName), line => Assert.False(line.Length > 1 && line[^2] == '\u200D', $"cut inside an emoji: {line}"));
    }
}
