// Packages (jQAssistant's :Java:Package) and CONTAINS to their types.
UNWIND $rows AS r
CREATE (p:Carve:Java:Package {fqn: r.fqn, name: r.name})
WITH p, r
UNWIND r.types AS typeName
MATCH (t:Type {fqn: typeName}) USING INDEX t:Type(fqn) WHERE t:Carve
CREATE (p)-[:CONTAINS]->(t)
