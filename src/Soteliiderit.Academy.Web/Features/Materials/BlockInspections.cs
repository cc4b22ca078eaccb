using System.Collections.Concurrent;
using Soteliiderit.Academy.Materials.Inspection;

namespace Soteliiderit.Academy.Web.Features.Materials;

/// <summary>
/// Inspects the uploads this node started as their blocks arrive, in order, so that completing one need not read
/// the whole file back from the store. A block that arrives while the ones ahead of it are still on their way to
/// this node waits for them (holding only its own bytes, which the uploader has in flight anyway). When the order
/// cannot be kept here (a block ahead is not on its way: not sent yet, being retried, or sent to another node; or
/// the upload was started before a restart or elsewhere) the file is read back from the store at completion.
/// </summary>
public sealed class BlockInspections(TimeProvider time)
{
    /// <summary>The longest a block waits for the ones ahead of it, however sure their arrival looks.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Idle = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<Guid, Inspection> _uploads = new();

    /// <summary>A new upload started on this node: its blocks are inspected here as they come.</summary>
    public void Begin(Guid uploadId, long sizeLimit)
    {
        // Uploads given up without a word leave their inspection behind; each new one clears the old ones.
        var now = time.GetUtcNow();
        foreach (var (id, _) in _uploads.Where(entry => now - entry.Value.LastTaken > Idle))
        {
            Forget(id);
        }

        _uploads[uploadId] = new Inspection(new FileInspector(sizeLimit), now);
    }

    /// <summary>Block <paramref name="index"/> is on its way: blocks after it may wait for it. Dispose when its request ends.</summary>
    public Arrival Arrive(Guid uploadId, int index)
    {
        var inspection = _uploads.GetValueOrDefault(uploadId);
        inspection?.Arrive(index);
        return new Arrival(inspection, index, time);
    }

    /// <summary>
    /// The finished inspection of every block in order, or null when the file must be read back to be inspected:
    /// also when a block is still on its way, since what it brings may or may not become part of the file.
    /// </summary>
    public FileInspector? Finish(Guid uploadId, int blockCount)
    {
        if (!_uploads.TryRemove(uploadId, out var inspection))
        {
            return null;
        }

        if (!inspection.HasTakenAll(blockCount))
        {
            inspection.Dispose();
            return null;
        }

        inspection.Inspector.Finish();
        return inspection.Inspector;
    }

    public void Forget(Guid uploadId)
    {
        if (_uploads.TryRemove(uploadId, out var inspection))
        {
            inspection.Dispose();
        }
    }

    /// <summary>One block's request, from its start to its end.</summary>
    public sealed class Arrival(Inspection? inspection, int index, TimeProvider time) : IDisposable
    {
        /// <summary>Feeds the block once the ones ahead of it have been, or gives up the in-order inspection; a refusal is thrown.</summary>
        public Task TakeAsync(ReadOnlyMemory<byte> block, CancellationToken cancellationToken) =>
            inspection?.TakeAsync(index, block, time, cancellationToken) ?? Task.CompletedTask;

        public void Dispose() => inspection?.Leave(index);
    }

    /// <summary>What one upload's blocks have shown so far, and which blocks are on their way.</summary>
    public sealed class Inspection(FileInspector inspector, DateTimeOffset begun) : IDisposable
    {
        private readonly Lock _turn = new();
        private readonly Dictionary<int, int> _arriving = [];
        private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _next;
        private bool _broken;

        public FileInspector Inspector { get; } = inspector;

        public DateTimeOffset LastTaken { get; private set; } = begun;

        public bool HasTakenAll(int blockCount)
        {
            lock (_turn)
            {
                return !_broken && _next == blockCount && _arriving.Count == 0;
            }
        }

        /// <summary>Under the turn, so that a block being taken meanwhile does not meet a disposed hash.</summary>
        public void Dispose()
        {
            lock (_turn)
            {
                Break();
                Inspector.Dispose();
            }
        }

        public void Arrive(int index)
        {
            lock (_turn)
            {
                _arriving[index] = _arriving.GetValueOrDefault(index) + 1;
            }
        }

        public void Leave(int index)
        {
            lock (_turn)
            {
                if (--_arriving[index] == 0)
                {
                    _arriving.Remove(index);
                }

                Changed();
            }
        }

        public async Task TakeAsync(int index, ReadOnlyMemory<byte> block, TimeProvider time, CancellationToken cancellationToken)
        {
            while (true)
            {
                Task changed;
                lock (_turn)
                {
                    if (_broken)
                    {
                        return;
                    }

                    if (index < _next)
                    {
                        // Sent again after its first copy was taken: the store keeps this copy, which may differ.
                        Break();
                        return;
                    }

                    if (index == _next)
                    {
                        Take(block.Span, time);
                        return;
                    }

                    if (Enumerable.Range(_next, index - _next).Any(ahead => !_arriving.ContainsKey(ahead)))
                    {
                        Break();
                        return;
                    }

                    changed = _changed.Task;
                }

                try
                {
                    await changed.WaitAsync(Patience, time, cancellationToken);
                }
                catch (TimeoutException)
                {
                    lock (_turn)
                    {
                        Break();
                    }

                    return;
                }
            }
        }

        private void Take(ReadOnlySpan<byte> block, TimeProvider time)
        {
            try
            {
                Inspector.Take(block);
            }
            catch
            {
                _broken = true;
                throw;
            }
            finally
            {
                _next++;
                LastTaken = time.GetUtcNow();
                Changed();
            }
        }

        private void Break()
        {
            _broken = true;
            Changed();
        }

        private void Changed()
        {
            _changed.TrySetResult();
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}
