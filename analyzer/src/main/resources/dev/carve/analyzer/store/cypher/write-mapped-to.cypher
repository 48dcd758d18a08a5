// JPA entity type MAPPED_TO its table.
UNWIND $rows AS r
MATCH (e:Type {fqn: r.type}) USING INDEX e:Type(fqn) WHERE e:Carve
MATCH (t:Table {name: r.table}) USING INDEX t:Table(name) WHERE t:Carve
CREATE (e)-[:MAPPED_TO]->(t)
