using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace FireMap.Api.GraphQL.Http;

/// <summary>
/// Keeps parsed and validated documents by query text so that a repeated query skips parsing
/// and the core validation rules. Bounded: past its capacity the least recently used tenth is
/// dropped. GraphQL.MemoryCache does this upstream but is not available here.
/// </summary>
internal sealed class GraphQLDocumentCache : IConfigureExecution
{
    public const int DefaultCapacity = 1000;

    /// <summary>
    /// Longer query texts are not kept: they are rare, mostly hand-written, and would let a few
    /// requests hold most of the memory the cache is allowed.
    /// </summary>
    public const int MaxQueryLength = 64 * 1024;

    private readonly ConcurrentDictionary<CacheKey, Entry> _entries = new();
    private readonly int _capacity;
    private long _clock;
    private int _trimming;

    public GraphQLDocumentCache(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    public int Count => _entries.Count;

    /// <summary>Same place in the pipeline as GraphQL.NET's own cache: after option configurers.</summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.DocumentId is not null
            || options.Query is not { Length: > 0 and <= MaxQueryLength } query)
        {
            return await next(options).ConfigureAwait(false);
        }

        var key = new CacheKey(options.Schema, query);
        if (TryGet(key, out var cached))
        {
            options.Document = cached;
            // The core rules do not depend on variables, so a document that passed them once
            // passes again; only the rules meant for cached documents (such as the HTTP method
            // rule) run again.
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options).ConfigureAwait(false);
        }

        var result = await next(options).ConfigureAwait(false);
        if (result.Executed && result.Document is not null)
        {
            Add(key, result.Document);
        }

        return result;
    }

    internal bool TryGet(CacheKey key, out GraphQLDocument document)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            entry.Touch(Interlocked.Increment(ref _clock));
            document = entry.Document;
            return true;
        }

        document = null!;
        return false;
    }

    internal void Add(CacheKey key, GraphQLDocument document)
    {
        _entries[key] = new Entry(document, Interlocked.Increment(ref _clock));
        if (_entries.Count > _capacity)
        {
            Trim();
        }
    }

    private void Trim()
    {
        // One trimmer at a time; others go on adding and the next add trims again if needed.
        if (Interlocked.Exchange(ref _trimming, 1) == 1)
        {
            return;
        }

        try
        {
            var keep = _capacity - Math.Max(1, _capacity / 10);
            var oldest = _entries
                .OrderBy(pair => pair.Value.LastUsed)
                .Take(Math.Max(0, _entries.Count - keep))
                .Select(pair => pair.Key)
                .ToList();
            foreach (var key in oldest)
            {
                _entries.TryRemove(key, out _);
            }
        }
        finally
        {
            Volatile.Write(ref _trimming, 0);
        }
    }

    /// <summary>The schema is part of the key: a document validated against one schema says nothing of another.</summary>
    internal readonly record struct CacheKey(object? Schema, string Query);

    private sealed class Entry(GraphQLDocument document, long lastUsed)
    {
        private long _lastUsed = lastUsed;

        public GraphQLDocument Document { get; } = document;

        public long LastUsed => Volatile.Read(ref _lastUsed);

        public void Touch(long now) => Volatile.Write(ref _lastUsed, now);
    }
}
