// Entry points and HANDLED_BY to their declaring type (and method, when it is in the graph).
UNWIND $rows AS r
MATCH (t:Type {fqn: r.props.type}) USING INDEX t:Type(fqn) WHERE t:Carve
CREATE (e:Carve:EntryPoint)-[:HANDLED_BY]->(t)
SET e = r.props
WITH e, r
OPTIONAL MATCH (m:Method {carveKey: r.methodKey}) USING INDEX m:Method(carveKey) WHERE m:Carve
FOREACH (x IN CASE WHEN m IS NULL THEN [] ELSE [m] END | CREATE (e)-[:HANDLED_BY]->(x))
