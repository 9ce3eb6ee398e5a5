namespace Site.Engine.Output;

/// <summary>What the write stage changed on disk.</summary>
/// <param name="FilesWritten">Files created or rewritten because their bytes changed.</param>
/// <param name="BytesWritten">Bytes written.</param>
/// <param name="FilesDeleted">Files removed because the site no longer has them.</param>
public sealed record WriteResult(int FilesWritten, long BytesWritten, int FilesDeleted);
