namespace Site.Engine.Model;

/// <summary>The roles a credit can have, with the verbs pages show.</summary>
public static class CreditRoles
{
    /// <summary>Every role, with the phrase that pages show for it.</summary>
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>
    {
        ["acted"] = "acted",
        ["directed"] = "directed",
        ["wrote"] = "wrote",
        ["created"] = "created",
        ["scored"] = "scored",
        ["appeared"] = "appeared",
        ["member"] = "band member",
        ["host"] = "host",
        ["worked-on"] = "worked on",
    };

    /// <summary>Every role's key, as written in YAML.</summary>
    public static IReadOnlyCollection<string> All => (IReadOnlyCollection<string>)Labels.Keys;
}
