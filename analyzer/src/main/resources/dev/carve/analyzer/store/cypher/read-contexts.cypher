MATCH (c:Carve:BusinessContext)
CALL {
  WITH c
  OPTIONAL MATCH (c)-[i:INVOLVES]->(t:Type)
  WITH i, t ORDER BY i.carveOrder
  RETURN collect(CASE WHEN i IS NULL THEN NULL ELSE {type: t.fqn, calls: i.calls} END) AS calls
}
RETURN c.name AS name, c.entryPoint AS entryPoint, c.invocations AS invocations, calls,
       c.tablesRead AS tablesRead, c.tablesWritten AS tablesWritten
ORDER BY c.carveOrder
