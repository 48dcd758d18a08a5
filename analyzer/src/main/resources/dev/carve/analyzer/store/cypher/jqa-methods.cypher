// jQAssistant store: methods and constructors declared by scanned types.
MATCH (t:Java:Type)-[:DECLARES]->(m:Method)
WHERE t:File AND NOT t:Carve AND m.signature IS NOT NULL
OPTIONAL MATCH (m)-[:ANNOTATED_BY]->(:Annotation)-[:OF_TYPE]->(a:Type)
RETURN t.fqn AS type, m.signature AS signature, m.name AS name, coalesce(m.firstLineNumber, 0) AS line,
       coalesce(m.synthetic, false) AS synthetic, collect(DISTINCT a.fqn) AS annotations
