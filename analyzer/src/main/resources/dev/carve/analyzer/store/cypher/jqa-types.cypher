// jQAssistant store: the types its scan read from class files (referenced-only types have no :File label).
// Types a Maven scan found in the test output (an :Artifact:Test, e.g. target/test-classes) are flagged as tests.
MATCH (t:Java:Type)
WHERE t:File AND t.fqn IS NOT NULL AND NOT t:Carve
OPTIONAL MATCH (t)-[:ANNOTATED_BY]->(:Annotation)-[:OF_TYPE]->(a:Type)
WITH t, collect(DISTINCT a.fqn) AS annotations
RETURN t.fqn AS fqn, labels(t) AS labels, coalesce(t.abstract, false) AS abstract, t.fileName AS file,
       annotations, exists { (:Artifact:Test)-[:CONTAINS]->(t) } AS test
