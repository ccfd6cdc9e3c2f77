-- The matching index (src/main/matching/index-schema.ts, MATCHING_TABLES_SQL): rebuilt from each imported snapshot.
CREATE TABLE IF NOT EXISTS match_record (id INTEGER PRIMARY KEY, source_id TEXT NOT NULL, payload TEXT NOT NULL);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS match_posting (token INTEGER PRIMARY KEY, df INTEGER NOT NULL, ids BLOB NOT NULL);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS match_meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS match_record_source ON match_record(source_id);
