// jQAssistant store: the types its scan read from class files (referenced-only types have no :File label).
MATCH (t:Java:Type)
WHERE t:File AND t.fqn IS NOT NULL AND NOT t:Carve
OPTIONAL MATCH (t)-[:ANNOTATED_BY]->(:Annotation)-[:OF_TYPE]->(a:Type)
RETURN t.fqn AS fqn, labels(t) AS labels, coalesce(t.abstract, false) AS abstract, t.fileName AS file,
       collect(DISTINCT a.fqn) AS annotations
