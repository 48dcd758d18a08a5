// Methods (:Java:Member:Method, constructors also :Constructor) and DECLARES from their type.
UNWIND $rows AS r
MATCH (t:Type {fqn: r.type}) USING INDEX t:Type(fqn) WHERE t:Carve
CREATE (t)-[:DECLARES]->(m:Carve:Java:Member:Method)
SET m = r.props
SET m:$(r.labels)
