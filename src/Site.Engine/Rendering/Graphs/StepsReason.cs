namespace Site.Engine.Rendering.Graphs;

/// <summary>Why a person has no chain to the centre of the game.</summary>
internal enum StepsReason
{
    /// <summary>The sources name no work they took part in.</summary>
    NoCredits,

    /// <summary>They have credits, but none of their works leads to anyone connected to the centre.</summary>
    NoSharedWork,
}
