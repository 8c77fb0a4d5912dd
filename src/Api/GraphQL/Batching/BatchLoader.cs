using GraphQL.DataLoader;

namespace FireMap.Api.GraphQL.Batching;

/// <summary>
/// Collects the keys that the resolvers of one list ask for and fetches them with one query when
/// the first result is needed (GraphQL.NET resolves every <see cref="IDataLoaderResult"/> of a
/// level after the level's fields have been visited). One instance per request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private Task _inFlight = Task.CompletedTask;

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_loaded.ContainsKey(key))
            {
                _pending.Add(key);
            }
        }

        return new Pending(this, key);
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        Task batch;
        lock (_gate)
        {
            if (_loaded.TryGetValue(key, out var value))
            {
                return value;
            }

            if (_pending.Count > 0)
            {
                var keys = _pending.ToList();
                _pending.Clear();
                _inFlight = FetchAsync(_inFlight, keys, cancellationToken);
            }

            batch = _inFlight;
        }

        await batch;
        lock (_gate)
        {
            return _loaded.GetValueOrDefault(key, missing);
        }
    }

    private async Task FetchAsync(Task previous, List<TKey> keys, CancellationToken cancellationToken)
    {
        await previous;
        var values = await fetch(keys, cancellationToken);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _loaded[key] = values.GetValueOrDefault(key, missing);
            }
        }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
