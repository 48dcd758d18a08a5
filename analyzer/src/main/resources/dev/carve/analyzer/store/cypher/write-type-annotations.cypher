// jQAssistant's annotation structure: (element)-[:ANNOTATED_BY]->(:Annotation value)-[:OF_TYPE]->(:Type).
UNWIND $rows AS r
MATCH (t:Type {fqn: r.owner}) USING INDEX t:Type(fqn) WHERE t:Carve
MATCH (a:Type {fqn: r.annotation}) USING INDEX a:Type(fqn) WHERE a:Carve
CREATE (t)-[:ANNOTATED_BY]->(v:Carve:Java:Value:Annotation)-[:OF_TYPE]->(a)
