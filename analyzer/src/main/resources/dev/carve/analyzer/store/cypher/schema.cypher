// Indexes Carve's writes and reads look nodes up by. IF NOT EXISTS keeps them idempotent and lets a store that
// jQAssistant created (with its own index on :Type(fqn)) be reused.
CREATE INDEX carve_type_fqn IF NOT EXISTS FOR (t:Type) ON (t.fqn);
CREATE INDEX carve_package_fqn IF NOT EXISTS FOR (p:Package) ON (p.fqn);
CREATE INDEX carve_method_key IF NOT EXISTS FOR (m:Method) ON (m.carveKey);
CREATE INDEX carve_table_name IF NOT EXISTS FOR (t:Table) ON (t.name);
CREATE INDEX carve_entry_point_id IF NOT EXISTS FOR (e:EntryPoint) ON (e.id);
CREATE INDEX carve_context_name IF NOT EXISTS FOR (c:BusinessContext) ON (c.name);
CALL db.awaitIndexes(300);
