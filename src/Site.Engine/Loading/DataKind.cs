namespace Site.Engine.Loading;

/// <summary>The kinds of record read from <c>input/</c>; see <see cref="ContentLayout.DataKinds"/> for where each lives.</summary>
public enum DataKind
{
    /// <summary>Source articles (<c>sources</c>).</summary>
    Sources,

    /// <summary>People (<c>people</c>).</summary>
    People,

    /// <summary>Works (<c>works</c>).</summary>
    Works,

    /// <summary>Facts (<c>facts</c>).</summary>
    Facts,

    /// <summary>Quotes (<c>quotes</c>).</summary>
    Quotes,

    /// <summary>Claims the sources may disagree on (<c>claims</c>).</summary>
    Claims,
}
