using NpgsqlTypes;

namespace FireMap.Api.Database;

/// <summary>What the last look at a standby found; <see cref="Name"/> is positional (<c>replica-1</c>), never a host.</summary>
public sealed record ReplicaState(string Name, bool Reachable, bool InRecovery, double? LagSeconds, NpgsqlLogSequenceNumber? ReplayLsn, bool InPool);
