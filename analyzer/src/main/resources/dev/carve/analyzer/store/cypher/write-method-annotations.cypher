// Annotations on methods, as for types.
UNWIND $rows AS r
MATCH (m:Method {carveKey: r.owner}) USING INDEX m:Method(carveKey) WHERE m:Carve
MATCH (a:Type {fqn: r.annotation}) USING INDEX a:Type(fqn) WHERE a:Carve
CREATE (m)-[:ANNOTATED_BY]->(v:Carve:Java:Value:Annotation)-[:OF_TYPE]->(a)
