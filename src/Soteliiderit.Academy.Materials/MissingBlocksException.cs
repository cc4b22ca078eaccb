namespace Soteliiderit.Academy.Materials;

/// <summary>A commit named a block the store does not have (never sent, or lost by the store): those blocks must be sent again.</summary>
public sealed class MissingBlocksException(string message, Exception? innerException = null) : Exception(message, innerException);
