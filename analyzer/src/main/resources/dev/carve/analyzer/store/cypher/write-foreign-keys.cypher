// FOREIGN_KEY from the referencing table to the referenced one, with the columns on both sides.
UNWIND $rows AS r
MATCH (a:Table {name: r.from}) USING INDEX a:Table(name) WHERE a:Carve
MATCH (b:Table {name: r.to}) USING INDEX b:Table(name) WHERE b:Carve
CREATE (a)-[k:FOREIGN_KEY]->(b)
SET k = r.props
