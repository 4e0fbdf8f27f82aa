import JejuSupport

/// One numbered schema change. `jeju tm migrate` applies the ones a server lacks, in order, each recorded in
/// `schema_version`; no other command changes the schema.
public struct Migration: Sendable {
    /// The version this migration brings the schema to.
    public let version: Int
    /// What it does, as recorded in `schema_version`.
    public let title: String
    /// Its statements, run in order in one transaction (fixed text: nothing from input).
    let statements: [String]

    /// The locales with their own partition of `tm_unit`; every other locale lands in `tm_unit_other`.
    public static let partitionedLocales = ProjectConfig.defaultTargets

    /// The partition holding `locale`'s units.
    public static func partition(for locale: String) -> String {
        partitionedLocales.contains(locale) ? "tm_unit_\(locale)" : "tm_unit_other"
    }

    /// A unit's token index entries computed in SQL, as `TokenOccurrences.hashes` computes them (migration 5).
    static let occurrenceHashes =
        "ARRAY(SELECT hashtext(o) FROM unnest(u.occurrences) WITH ORDINALITY AS x(o, i) ORDER BY i)"

    /// Every migration, oldest first.
    public static let all: [Migration] = [
        Migration(
            version: 1, title: "units partitioned by locale, memories, history, token index, roles",
            statements: [
                """
                CREATE TABLE tm_memory (
                    scope text NOT NULL,
                    locale text NOT NULL,
                    memory text NOT NULL,
                    penalty integer NOT NULL DEFAULT 0 CHECK (penalty BETWEEN 0 AND 100),
                    header_tmx text NOT NULL,
                    created_by text NOT NULL DEFAULT current_user,
                    created_at timestamptz NOT NULL DEFAULT now(),
                    PRIMARY KEY (scope, locale, memory))
                """,
                """
                CREATE TABLE tm_unit (
                    id bigint GENERATED ALWAYS AS IDENTITY,
                    scope text NOT NULL,
                    locale text NOT NULL,
                    memory text NOT NULL,
                    ordinal integer NOT NULL,
                    tuid text,
                    source_text text NOT NULL,
                    source_markup text NOT NULL,
                    target_text text NOT NULL,
                    target_markup text NOT NULL,
                    context text,
                    tmx text NOT NULL,
                    tokens text[] NOT NULL,
                    token_count integer NOT NULL,
                    unit_key text GENERATED ALWAYS AS
                        (md5(source_markup || E'\\x1f' || coalesce(context, E'\\x1e') || E'\\x1f' || target_markup)) STORED,
                    created_by text NOT NULL DEFAULT current_user,
                    created_at timestamptz NOT NULL DEFAULT now(),
                    origin_file text,
                    PRIMARY KEY (locale, id),
                    UNIQUE (locale, scope, memory, unit_key),
                    FOREIGN KEY (scope, locale, memory) REFERENCES tm_memory)
                PARTITION BY LIST (locale)
                """,
            ] + partitionedLocales.map { "CREATE TABLE tm_unit_\($0) PARTITION OF tm_unit FOR VALUES IN ('\($0)')" } + [
                "CREATE TABLE tm_unit_other PARTITION OF tm_unit DEFAULT",
                // Jeju's own token index: the folded word tokens, in a GIN index, answer "units sharing one of these
                // tokens"; with the length bounds that is the lossless candidate filter of the embedded index.
                "CREATE INDEX tm_unit_tokens ON tm_unit USING gin (tokens)",
                "CREATE INDEX tm_unit_length ON tm_unit (locale, scope, token_count)",
                "CREATE INDEX tm_unit_order ON tm_unit (locale, scope, memory, ordinal, id)",
                """
                CREATE TABLE tm_history (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    locale text NOT NULL,
                    unit_id bigint NOT NULL,
                    scope text NOT NULL,
                    memory text NOT NULL,
                    action text NOT NULL CHECK (action IN ('added')),
                    origin_file text,
                    origin_tuid text,
                    command text,
                    done_by text NOT NULL DEFAULT current_user,
                    done_at timestamptz NOT NULL DEFAULT now())
                """,
                """
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'jeju_reader') THEN CREATE ROLE jeju_reader NOLOGIN; END IF;
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'jeju_writer') THEN CREATE ROLE jeju_writer NOLOGIN; END IF;
                END $$
                """,
                "GRANT SELECT ON schema_version, tm_memory, tm_unit, tm_history TO jeju_reader",
                // Writers add units and memories; they cannot change or delete anyone's (no UPDATE, no DELETE).
                "GRANT SELECT, INSERT ON tm_memory, tm_unit, tm_history TO jeju_writer",
                "GRANT SELECT ON schema_version TO jeju_writer",
            ]),
        Migration(
            version: 2, title: "token occurrences numbered, in the token index",
            statements: [
                // A word's second, third… occurrence in a unit is its own index entry ("#", "#\u{1}2", "#\u{1}3"), so
                // the shared occurrences of a query and a unit are the intersection of two sets, and a query of five
                // numbers asks the index for units with five, not for every unit with one (see `TokenOccurrences`).
                "ALTER TABLE tm_unit ADD COLUMN occurrences text[]",
                """
                UPDATE tm_unit SET occurrences = coalesce((
                    SELECT array_agg(CASE WHEN k = 1 THEN t ELSE t || chr(1) || k END ORDER BY i)
                    FROM (SELECT t, i, row_number() OVER (PARTITION BY t ORDER BY i) AS k
                          FROM unnest(tokens) WITH ORDINALITY AS u(t, i)) s), '{}')
                """,
                "ALTER TABLE tm_unit ALTER COLUMN occurrences SET NOT NULL",
                "DROP INDEX tm_unit_tokens",
                "CREATE INDEX tm_unit_occurrences ON tm_unit USING gin (occurrences)",
            ]),
        Migration(
            version: 3,
            title:
                "a unit's key: one 16-byte hash of its scope, memory, source, context and target; no per-unit memory check",
            statements: [
                // The unique key was (locale, scope, memory, md5 as 32 hex digits): every unit added puts the memory's
                // path and scope in the key's B-tree again. One uuid (the 16 bytes of the same kind of MD5, with the
                // scope and memory in it, each after its length so no two of them run together) keys the same
                // units in half the width. Computed by the server from the row, as before, for units already there too.
                "ALTER TABLE tm_unit DROP CONSTRAINT tm_unit_locale_scope_memory_unit_key_key",
                "ALTER TABLE tm_unit DROP COLUMN unit_key",
                """
                ALTER TABLE tm_unit ADD COLUMN unit_hash uuid NOT NULL GENERATED ALWAYS AS (md5(
                    octet_length(scope)::text || ':' || scope || octet_length(memory)::text || ':' || memory
                    || source_markup || E'\\x1f' || coalesce(context, E'\\x1e') || E'\\x1f' || target_markup)::uuid) STORED
                """,
                "ALTER TABLE tm_unit ADD CONSTRAINT tm_unit_unit_hash_key UNIQUE (locale, unit_hash)",
                // The foreign key to tm_memory checked every unit added with a query of its own (a sixth of the
                // server's time in a new memory's COPY), for what the writers already guarantee: Jeju adds a
                // memory's row in the transaction that adds its first units, and no role may delete or change a
                // memory's row, so no unit is ever without its memory.
                "ALTER TABLE tm_unit DROP CONSTRAINT tm_unit_scope_locale_memory_fkey",
            ]),
        Migration(
            version: 4,
            title: "a memory's number in the order and length indexes; the tokens kept once, as their occurrences",
            statements: [
                // The order index held each unit's locale, scope and memory path as text before its position: every
                // unit added compared and stored them again. A memory's number (an integer the writer takes from
                // the sequence before sending its units) orders the same units in a third of the width.
                "ALTER TABLE tm_memory ADD COLUMN id integer GENERATED BY DEFAULT AS IDENTITY",
                "ALTER TABLE tm_memory ADD CONSTRAINT tm_memory_id_key UNIQUE (id)",
                "ALTER TABLE tm_unit ADD COLUMN memory_id integer",
                """
                UPDATE tm_unit u SET memory_id = m.id FROM tm_memory m
                WHERE m.locale = u.locale AND m.scope = u.scope AND m.memory = u.memory
                """,
                "ALTER TABLE tm_unit ALTER COLUMN memory_id SET NOT NULL",
                "DROP INDEX tm_unit_order",
                "CREATE INDEX tm_unit_order ON tm_unit (memory_id, ordinal, id)",
                // The same for the length index: lookups ask for the numbers of the memories they read.
                "DROP INDEX tm_unit_length",
                "CREATE INDEX tm_unit_length ON tm_unit (memory_id, token_count)",
                // The keys' fixed-width column first: every unit added descends the key's tree comparing 16 bytes,
                // and the primary key's by its number, instead of the locale's text first (the same in every
                // row of a partition) and then reading past it to the column that decides.
                "ALTER TABLE tm_unit DROP CONSTRAINT tm_unit_unit_hash_key",
                "ALTER TABLE tm_unit ADD CONSTRAINT tm_unit_unit_hash_key UNIQUE (unit_hash, locale)",
                "ALTER TABLE tm_unit DROP CONSTRAINT tm_unit_pkey",
                "ALTER TABLE tm_unit ADD PRIMARY KEY (id, locale)",
                // The tokens were stored twice: as they come and as their numbered occurrences, from which they
                // are read back (`TokenOccurrences.tokens`).
                "ALTER TABLE tm_unit DROP COLUMN tokens",
                "GRANT USAGE ON SEQUENCE tm_memory_id_seq TO jeju_writer",
            ]),
        Migration(
            version: 5,
            title:
                "the token index over hashes of the occurrences; each unit's key sent by Jeju; its history in its row",
            statements: [
                // Jeju computes the token index's entries as a little-endian server's `hashtext` does (every server
                // Debian ships but s390x); another server would give other entries, and lookups would miss units.
                """
                DO $$ BEGIN
                    IF hashtext('meeting') <> \(TokenOccurrences.hashes(["meeting"])[0]) THEN
                        RAISE EXCEPTION 'this server''s hashtext differs from the one Jeju computes (a big-endian server?), so Jeju cannot build its token index here';
                    END IF;
                END $$
                """,
                // The server computed each unit's key from its columns (a tenth of a `COPY`'s time); Jeju computes
                // the same MD5 of the same bytes (`UnitStream.Key`) while it reads the unit, and sends it.
                "ALTER TABLE tm_unit ALTER COLUMN unit_hash DROP EXPRESSION",
                // The token index holds each occurrence's 32-bit hash (`hashtext`, which Jeju computes as the server
                // does: `TokenOccurrences.hashes`) rather than its text: integers, compared and merged into the
                // index in about half the time. The text stays in `occurrences`, from which lookups score.
                "ALTER TABLE tm_unit ADD COLUMN occurrence_hashes integer[], ADD COLUMN command text",
                // A unit is added once and never changed: the row that holds it says who added it, when and from
                // which file; with the command, it is the unit's whole history, kept once instead of twice.
                """
                UPDATE tm_unit u SET command = h.command, occurrence_hashes = \(occurrenceHashes)
                FROM tm_history h WHERE h.locale = u.locale AND h.unit_id = u.id
                """,
                "UPDATE tm_unit u SET occurrence_hashes = \(occurrenceHashes) WHERE occurrence_hashes IS NULL",
                "ALTER TABLE tm_unit ALTER COLUMN occurrence_hashes SET NOT NULL",
                "DROP INDEX tm_unit_occurrences",
                "CREATE INDEX tm_unit_occurrence_hashes ON tm_unit USING gin (occurrence_hashes)",
                "DROP TABLE tm_history",
                """
                CREATE VIEW tm_history AS
                SELECT id AS unit_id, locale, scope, memory, 'added'::text AS action, origin_file, tuid AS origin_tuid,
                       command, created_by AS done_by, created_at AS done_at
                FROM tm_unit
                """,
                "GRANT SELECT ON tm_history TO jeju_reader, jeju_writer",
                // Who added a unit or a memory, and when, is the server's to say: a writer may give every other
                // column, never those two.
                "REVOKE INSERT ON tm_unit, tm_memory FROM jeju_writer",
                """
                GRANT INSERT (scope, locale, memory, memory_id, ordinal, tuid, source_text, source_markup, target_text,
                              target_markup, context, tmx, occurrences, occurrence_hashes, token_count, unit_hash,
                              origin_file, command) ON tm_unit TO jeju_writer
                """,
                "GRANT INSERT (id, scope, locale, memory, penalty, header_tmx) ON tm_memory TO jeju_writer",
                // Lookups order a query's occurrences by the new column's statistics: gathered now, not when
                // autovacuum comes to it.
                "ANALYZE tm_unit",
            ]),
    ]

    /// The newest schema version this Jeju knows.
    public static var latest: Int { all.last?.version ?? 0 }
}
