namespace Site.Engine.Loading;

/// <summary>
/// Every YAML field name, in one place, used by the loaders, the messages and the JSON schemas alike,
/// so that an error names exactly the key an editor typed.
/// </summary>
public static class Keys
{
    /// <summary>Fields of <c>input/site.yaml</c>.</summary>
    public static class Site
    {
        /// <summary>The site's name.</summary>
        public const string Title = "title";
        /// <summary>The default meta description.</summary>
        public const string Description = "description";
        /// <summary>The content language.</summary>
        public const string Language = "language";
        /// <summary>The absolute address of the published site.</summary>
        public const string BaseUrl = "base_url";
        /// <summary>The path the site is served under, when it differs from the path of the base URL.</summary>
        public const string BasePath = "base_path";
        /// <summary>The ids of the couple.</summary>
        public const string Couple = "couple";
        /// <summary>Whether pages get a share card (an Open Graph image); <c>true</c> or <c>false</c>.</summary>
        public const string ShareCards = "share_cards";
        /// <summary>Every field, in the order the schema lists them.</summary>
        public static readonly string[] All = [Title, Description, Language, BaseUrl, BasePath, Couple, ShareCards];
    }

    /// <summary>Fields of a source.</summary>
    public static class Sources
    {
        /// <summary>The id.</summary>
        public const string Id = "id";
        /// <summary>The seed file.</summary>
        public const string Seed = "seed";
        /// <summary>The headline, where the article states it.</summary>
        public const string Headline = "headline";
        /// <summary>The date, where the article states it.</summary>
        public const string Date = "date";
        /// <summary>The publisher, where the article names itself.</summary>
        public const string Publisher = "publisher";
        /// <summary>Outlets the article attributes statements to.</summary>
        public const string Outlets = "outlets";
        /// <summary>Our summary.</summary>
        public const string Summary = "summary";
        /// <summary>The article's original address.</summary>
        public const string Url = "url";
        /// <summary>Every field.</summary>
        public static readonly string[] All = [Id, Seed, Headline, Date, Publisher, Outlets, Summary, Url];
    }

    /// <summary>Fields of a person.</summary>
    public static class People
    {
        /// <summary>The id.</summary>
        public const string Id = "id";
        /// <summary>The name.</summary>
        public const string Name = "name";
        /// <summary>Their relation to the couple.</summary>
        public const string Relation = "relation";
        /// <summary>Our summary.</summary>
        public const string Summary = "summary";
        /// <summary>Their children's ids.</summary>
        public const string Children = "children";
        /// <summary>Web pages about them elsewhere (http or https).</summary>
        public const string SameAs = "same_as";
        /// <summary>Evidence.</summary>
        public const string Citations = "citations";
        /// <summary>Every field.</summary>
        public static readonly string[] All = [Id, Name, Relation, Summary, Children, SameAs, Citations];
    }

    /// <summary>Fields of a work.</summary>
    public static class Works
    {
        /// <summary>The id.</summary>
        public const string Id = "id";
        /// <summary>The title.</summary>
        public const string Title = "title";
        /// <summary>The kind.</summary>
        public const string Kind = "kind";
        /// <summary>The year.</summary>
        public const string Year = "year";
        /// <summary>Our summary.</summary>
        public const string Summary = "summary";
        /// <summary>Who did what.</summary>
        public const string Credits = "credits";
        /// <summary>Evidence.</summary>
        public const string Citations = "citations";
        /// <summary>Every field.</summary>
        public static readonly string[] All = [Id, Title, Kind, Year, Summary, Credits, Citations];
    }

    /// <summary>Fields of a credit on a work.</summary>
    public static class Credits
    {
        /// <summary>The person.</summary>
        public const string Person = "person";
        /// <summary>The role.</summary>
        public const string Role = "role";
        /// <summary>The character played.</summary>
        public const string As = "as";
        /// <summary>Evidence.</summary>
        public const string Citations = "citations";
        /// <summary>Every field.</summary>
        public static readonly string[] All = [Person, Role, As, Citations];
    }

    /// <summary>Fields of a citation.</summary>
    public static class Citations
    {
        /// <summary>The source id.</summary>
        public const string Source = "source";
        /// <summary>The verbatim words.</summary>
        public const string Quote = "quote";
        /// <summary>Every field.</summary>
        public static readonly string[] All = [Source, Quote];
    }

    /// <summary>Fields of a source's outlet.</summary>
    public static class Outlets
    {
        /// <summary>The outlet's name.</summary>
        public const string Name = "name";
        /// <summary>The article's words that attribute something to it.</summary>
        public const string Quote = "quote";
        /// <summary>Every field.</summary>
        public static readonly string[] All = [Name, Quote];
    }

    /// <summary>Fields of a fact.</summary>
    public static class Facts
    {
        /// <summary>The id.</summary>
        public const string Id = "id";
        /// <summary>The statement.</summary>
        public const string Statement = "statement";
        /// <summary>Whom and what it is about.</summary>
        public const string About = "about";
        /// <summary>The date.</summary>
        public const string Date = "date";
        /// <summary>Evidence.</summary>
        public const string Citations = "citations";
        /// <summary>The claim.</summary>
        public const string Claim = "claim";
        /// <summary>Every field.</summary>
        public static readonly string[] All = [Id, Statement, About, Date, Citations, Claim];
    }

    /// <summary>Fields of a fact's claim.</summary>
    public static class ClaimValues
    {
        /// <summary>The claim's key.</summary>
        public const string Key = "key";
        /// <summary>The answer.</summary>
        public const string Value = "value";
        /// <summary>Every field.</summary>
        public static readonly string[] All = [Key, Value];
    }

    /// <summary>Fields of a claim definition.</summary>
    public static class Claims
    {
        /// <summary>The key.</summary>
        public const string Id = "id";
        /// <summary>The question.</summary>
        public const string Question = "question";
        /// <summary>Every field.</summary>
        public static readonly string[] All = [Id, Question];
    }

    /// <summary>Fields of a quote.</summary>
    public static class Quotes
    {
        /// <summary>The id.</summary>
        public const string Id = "id";
        /// <summary>Who said it.</summary>
        public const string Speakers = "speakers";
        /// <summary>The exact words.</summary>
        public const string Text = "text";
        /// <summary>The source.</summary>
        public const string Source = "source";
        /// <summary>Where it was said.</summary>
        public const string SaidTo = "said_to";
        /// <summary>When it was said.</summary>
        public const string Date = "date";
        /// <summary>What it was about.</summary>
        public const string Context = "context";
        /// <summary>Whom and what it concerns.</summary>
        public const string About = "about";
        /// <summary>The words that say to whom and when it was said.</summary>
        public const string Citations = "citations";
        /// <summary>Every field.</summary>
        public static readonly string[] All = [Id, Speakers, Text, Source, SaidTo, Date, Context, About, Citations];
    }

    /// <summary>Front-matter fields of a Markdown page.</summary>
    public static class Pages
    {
        /// <summary>The title.</summary>
        public const string Title = "title";
        /// <summary>The meta description.</summary>
        public const string Description = "description";
        /// <summary>Every field.</summary>
        public static readonly string[] All = [Title, Description];
    }

    /// <summary>
    /// The fields whose value is a list of records, each with the fields of those records, as the schemas define them:
    /// a list written where a field belongs has most likely lost the name of the one whose records it holds.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> RecordLists = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Facts.Citations] = Citations.All,
        [Works.Credits] = Credits.All,
        [Sources.Outlets] = Outlets.All,
    };

    /// <summary>The fields of every kind of record and of every group of fields inside one.</summary>
    public static readonly string[][] Records =
        [Site.All, Sources.All, Outlets.All, People.All, Works.All, Credits.All, Citations.All, Facts.All, ClaimValues.All, Claims.All, Quotes.All, Pages.All];
}
