// One relationship per dependency fact, type to type, named after its kind (EXTENDS, INVOKES, RUNTIME_CALLS, ...).
UNWIND $rows AS r
MATCH (a:Type {fqn: r.from}) USING INDEX a:Type(fqn) WHERE a:Carve
MATCH (b:Type {fqn: r.to}) USING INDEX b:Type(fqn) WHERE b:Carve
CREATE (a)-[d:$(r.type)]->(b)
SET d = r.props
