MATCH (t:Carve:Table)
WHERE t.carveStub IS NULL
CALL {
  WITH t
  OPTIONAL MATCH (t)-[:HAS_COLUMN]->(c:Column)
  WITH c ORDER BY c.position
  RETURN collect(c {.name, .sqlType, .nullable, .primaryKey}) AS columns
}
CALL {
  WITH t
  OPTIONAL MATCH (t)-[k:FOREIGN_KEY]->(r:Table)
  WITH k, r ORDER BY k.position
  RETURN collect(CASE WHEN k IS NULL THEN NULL ELSE {columns: k.columns, referencedTable: r.name,
                 referencedColumns: k.referencedColumns} END) AS foreignKeys
}
RETURN t.name AS name, columns, foreignKeys, t.entities AS entities, t.origins AS origins, t.file AS file,
       t.line AS line
ORDER BY t.carveOrder
