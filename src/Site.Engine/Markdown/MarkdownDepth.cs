using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Engine.Markdown;

/// <summary>
/// Parses a page's Markdown and keeps it only when its nesting stays within <see cref="MaxDepth"/>. Markdig parses
/// and renders nested quotes, lists, emphasis and links by recursion, and gives up with an exception past a depth of
/// 128 of its own; a page deeper than ours is refused at its line, so its rendering and every later walk over its
/// tree stay shallow.
/// </summary>
public static class MarkdownDepth
{
    /// <summary>How many elements deep the tree of a page may be: far more than prose needs, far less than any stack can hold.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// The parsed <paramref name="body"/>, or null when it nests too deeply; then <paramref name="tooDeep"/> is the
    /// 0-based line and column where the nesting first goes past <see cref="MaxDepth"/>.
    /// </summary>
    public static MarkdownDocument? Parse(string body, out (int Line, int Column) tooDeep)
    {
        tooDeep = default;
        if (TryParse(body, out var document) is not { } deepest)
        {
            return document;
        }

        // The first line whose text, with all before it, nests too deeply: later lines only add to what is open.
        var lines = body.Split('\n');
        var (low, high) = (1, lines.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (TryParse(string.Join('\n', lines[..middle]), out _) is null)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var found = TryParse(string.Join('\n', lines[..low]), out _) ?? deepest;
        tooDeep = found.Line < 0 ? (low - 1, 0) : found;
        return null;
    }

    /// <summary>Null when <paramref name="text"/> parses within the limit; otherwise where it goes past it (line -1 when Markdig gave up).</summary>
    private static (int Line, int Column)? TryParse(string text, out MarkdownDocument? document)
    {
        try
        {
            document = Markdig.Markdown.Parse(text, MarkdownPipelines.Parsing);
        }
        catch (ArgumentException)
        {
            // Markdig's own depth limit, reached before ours could be measured.
            document = null;
            return (-1, 0);
        }

        if (FirstTooDeep(document) is { } node)
        {
            document = null;
            return (node.Line, node.Column);
        }

        return null;
    }

    /// <summary>The first element, in reading order, deeper than <see cref="MaxDepth"/>; found with a stack of its own, not by recursion.</summary>
    private static MarkdownObject? FirstTooDeep(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var current))
        {
            if (current.Depth > MaxDepth)
            {
                return current.Node;
            }

            foreach (var child in Children(current.Node).Reverse())
            {
                pending.Push((child, current.Depth + 1));
            }
        }

        return null;
    }

    private static IEnumerable<MarkdownObject> Children(MarkdownObject node) => node switch
    {
        ContainerBlock container => container,
        LeafBlock { Inline: { } inline } => [inline],
        ContainerInline inline => Siblings(inline.FirstChild),
        _ => [],
    };

    private static IEnumerable<MarkdownObject> Siblings(Inline? first)
    {
        for (var inline = first; inline is not null; inline = inline.NextSibling)
        {
            yield return inline;
        }
    }
}
