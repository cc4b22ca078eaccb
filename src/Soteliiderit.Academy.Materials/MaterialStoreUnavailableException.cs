namespace Soteliiderit.Academy.Materials;

/// <summary>The store did not answer, or kept failing: nothing was stored, and the same call can be tried again later.</summary>
public sealed class MaterialStoreUnavailableException(string message, Exception? innerException = null) : Exception(message, innerException);
