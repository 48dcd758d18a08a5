// jQAssistant's DEPENDS_ON: one per pair of types, weight = occurrences of static code dependencies.
UNWIND $rows AS r
MATCH (a:Type {fqn: r.from}) USING INDEX a:Type(fqn) WHERE a:Carve
MATCH (b:Type {fqn: r.to}) USING INDEX b:Type(fqn) WHERE b:Carve
CREATE (a)-[:DEPENDS_ON {weight: r.weight}]->(b)
