// Business contexts (what one kind of invocation touched at runtime) and INVOLVES to each type with its call count.
UNWIND $rows AS r
CREATE (c:Carve:BusinessContext)
SET c = r.props
WITH c, r
CALL {
  WITH c, r
  OPTIONAL MATCH (e:EntryPoint {id: r.props.entryPoint}) USING INDEX e:EntryPoint(id) WHERE e:Carve
  FOREACH (x IN CASE WHEN e IS NULL THEN [] ELSE [e] END | CREATE (c)-[:STARTS_AT]->(x))
}
WITH c, r
UNWIND r.calls AS call
MATCH (t:Type {fqn: call.type}) USING INDEX t:Type(fqn) WHERE t:Carve
CREATE (c)-[:INVOLVES {calls: call.calls, carveOrder: call.order}]->(t)
