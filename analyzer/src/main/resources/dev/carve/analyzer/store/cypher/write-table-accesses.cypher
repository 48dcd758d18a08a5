// READS / WRITES from the accessing type to the table, with weight, via and the member.
UNWIND $rows AS r
MATCH (a:Type {fqn: r.type}) USING INDEX a:Type(fqn) WHERE a:Carve
MATCH (t:Table {name: r.table}) USING INDEX t:Table(name) WHERE t:Carve
CREATE (a)-[x:$(r.rel)]->(t)
SET x = r.props
