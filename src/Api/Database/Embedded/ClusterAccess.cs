using Npgsql;

namespace FireMap.Api.Database.Embedded;

/// <summary>
/// Who may do what in the cluster: the superuser administers it; the application role owns the
/// service's databases and everything in them, but is no superuser (it cannot read other
/// databases, pg_authid or the server's files). Extensions that only a superuser may create
/// (PostGIS and pgRouting are not trusted extensions) are created here, as the superuser.
/// </summary>
internal sealed class ClusterAccess(ClusterCredentials credentials, Func<int> port, ILogger logger)
{
    public string ConnectionString(string database, bool asSuperUser) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = port(),
        Username = asSuperUser ? credentials.SuperUser : credentials.AppUser,
        Password = asSuperUser ? credentials.SuperUserPassword : credentials.AppPassword,
        Database = database,
    }.ConnectionString;

    /// <summary>
    /// Creates the application role when it is missing. <paramref name="setPasswords"/> (set when an
    /// old trust-only cluster is converted) gives both roles their generated passwords.
    /// </summary>
    public void EnsureRoles(bool setPasswords)
    {
        using var connection = Open("postgres");
        if (setPasswords)
        {
            Execute(connection, $"ALTER ROLE {Quote(credentials.SuperUser)} PASSWORD '{ScramVerifier.For(credentials.SuperUserPassword)}'");
        }

        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_roles WHERE rolname = @name", connection);
        exists.Parameters.AddWithValue("name", credentials.AppUser);
        var attributes = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";
        if (exists.ExecuteScalar() is null)
        {
            Execute(connection, $"CREATE ROLE {Quote(credentials.AppUser)} {attributes} PASSWORD '{ScramVerifier.For(credentials.AppPassword)}'");
        }
        else if (setPasswords)
        {
            Execute(connection, $"ALTER ROLE {Quote(credentials.AppUser)} {attributes} PASSWORD '{ScramVerifier.For(credentials.AppPassword)}'");
        }
    }

    /// <summary>
    /// Makes <paramref name="database"/> exist, owned by the application role, with
    /// <paramref name="extensions"/> created. A database an earlier version made (owned by the
    /// superuser) is handed over to the application role, objects first and the database last, so
    /// that a conversion cut short is finished on the next start.
    /// </summary>
    public void EnsureDatabase(string database, IReadOnlyList<string> extensions)
    {
        string? owner;
        using (var connection = Open("postgres"))
        {
            using var query = new NpgsqlCommand("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = @name", connection);
            query.Parameters.AddWithValue("name", database);
            owner = (string?)query.ExecuteScalar();
            if (owner is null)
            {
                Execute(connection, $"CREATE DATABASE {Quote(database)} OWNER {Quote(credentials.AppUser)}");
            }
        }

        using (var connection = Open(database))
        {
            foreach (var extension in extensions)
            {
                Execute(connection, $"CREATE EXTENSION IF NOT EXISTS {Quote(extension)}");
            }

            if (owner is not null && owner != credentials.AppUser)
            {
                logger.LogInformation("Handing database {Database} from {Owner} over to the application role {Role}", database, owner, credentials.AppUser);
                Execute(connection, HandOverSql(owner));
                Execute(connection, $"ALTER DATABASE {Quote(database)} OWNER TO {Quote(credentials.AppUser)}");
            }
        }
    }

    /// <summary>Makes the server read pg_hba.conf again.</summary>
    public void ReloadConfiguration()
    {
        using var connection = Open("postgres");
        Execute(connection, "SELECT pg_reload_conf()");
    }

    // REASSIGN OWNED cannot be used: the old owner is the bootstrap superuser, which also owns
    // the system catalogs. So each object outside the system schemas and outside extensions
    // changes owner by itself; indexes, owned sequences and row types follow their tables.
    private string HandOverSql(string owner) => $$"""
        DO $handover$
        DECLARE
            old oid := {{Literal(owner)}}::regrole;
            app text := {{Literal(credentials.AppUser)}};
            r record;
        BEGIN
            FOR r IN
                SELECT n.nspname FROM pg_namespace n
                WHERE n.nspowner = old AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
            LOOP
                EXECUTE format('ALTER SCHEMA %I OWNER TO %I', r.nspname, app);
            END LOOP;
            FOR r IN
                SELECT c.oid::regclass AS object, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relowner = old AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
                  AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                  AND (d.deptype = 'e' OR (c.relkind = 'S' AND d.deptype IN ('a', 'i'))))
            LOOP
                EXECUTE format('ALTER %s %s OWNER TO %I',
                    CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                   WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, r.object, app);
            END LOOP;
            FOR r IN
                SELECT p.oid::regprocedure AS object, p.prokind FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE p.proowner = old AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
            LOOP
                EXECUTE format('ALTER %s %s OWNER TO %I',
                    CASE r.prokind WHEN 'a' THEN 'AGGREGATE' WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, r.object, app);
            END LOOP;
            FOR r IN
                SELECT t.oid::regtype AS object, t.typtype FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                WHERE t.typowner = old AND n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
                  AND (t.typtype IN ('e', 'd', 'r') OR (t.typtype = 'c' AND (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c'))
                  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
            LOOP
                EXECUTE format('ALTER %s %s OWNER TO %I', CASE r.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, r.object, app);
            END LOOP;
        END
        $handover$
        """;

    // Unpooled: no superuser session lingers in the service once the cluster is set up.
    private NpgsqlConnection Open(string database)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString(database, asSuperUser: true)) { Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
