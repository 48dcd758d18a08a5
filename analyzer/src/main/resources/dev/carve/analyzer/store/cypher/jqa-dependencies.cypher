// jQAssistant store: dependency facts between types, one row per fact, in Carve's dependency kinds.
// DEPENDS_ON rows carry jQAssistant's aggregate; the reader keeps only pairs no other row explains.
MATCH (t:Java:Type)-[r:EXTENDS|IMPLEMENTS]->(s:Type)
WHERE t:File AND NOT t:Carve
RETURN t.fqn AS from, s.fqn AS to, type(r) AS kind, '' AS fromMember, '' AS toMember, 0 AS line, 1 AS weight
UNION ALL
MATCH (t:Java:Type)-[:DECLARES]->(m:Method)-[i:INVOKES]->(c:Method)<-[:DECLARES]-(ct:Type)
WHERE t:File AND NOT t:Carve
RETURN t.fqn AS from, ct.fqn AS to, CASE WHEN c.name = '<init>' THEN 'CONSTRUCTS' ELSE 'INVOKES' END AS kind,
       m.signature AS fromMember, c.signature AS toMember, coalesce(i.lineNumber, 0) AS line, 1 AS weight
UNION ALL
MATCH (t:Java:Type)-[:DECLARES]->(m:Method)-[a:READS|WRITES]->(f:Field)<-[:DECLARES]-(ft:Type)
WHERE t:File AND NOT t:Carve
RETURN t.fqn AS from, ft.fqn AS to, CASE type(a) WHEN 'READS' THEN 'READS_FIELD' ELSE 'WRITES_FIELD' END AS kind,
       m.signature AS fromMember, f.name AS toMember, coalesce(a.lineNumber, 0) AS line, 1 AS weight
UNION ALL
MATCH (t:Java:Type)-[:DECLARES]->(f:Field)-[:OF_TYPE]->(ft:Type)
WHERE t:File AND NOT t:Carve
RETURN t.fqn AS from, ft.fqn AS to, 'FIELD_TYPE' AS kind, f.signature AS fromMember, '' AS toMember, 0 AS line,
       1 AS weight
UNION ALL
MATCH (t:Java:Type)-[:DECLARES]->(m:Method)-[:RETURNS]->(rt:Type)
WHERE t:File AND NOT t:Carve
RETURN t.fqn AS from, rt.fqn AS to, 'RETURN_TYPE' AS kind, m.signature AS fromMember, '' AS toMember,
       coalesce(m.firstLineNumber, 0) AS line, 1 AS weight
UNION ALL
MATCH (t:Java:Type)-[:DECLARES]->(m:Method)-[:HAS]->(:Parameter)-[:OF_TYPE]->(pt:Type)
WHERE t:File AND NOT t:Carve
RETURN t.fqn AS from, pt.fqn AS to, 'PARAMETER_TYPE' AS kind, m.signature AS fromMember, '' AS toMember,
       coalesce(m.firstLineNumber, 0) AS line, 1 AS weight
UNION ALL
MATCH (t:Java:Type)-[:DECLARES]->(m:Method)-[:THROWS]->(et:Type)
WHERE t:File AND NOT t:Carve
RETURN t.fqn AS from, et.fqn AS to, 'THROWS' AS kind, m.signature AS fromMember, '' AS toMember,
       coalesce(m.firstLineNumber, 0) AS line, 1 AS weight
UNION ALL
MATCH (t:Java:Type)-[:ANNOTATED_BY]->(:Annotation)-[:OF_TYPE]->(at:Type)
WHERE t:File AND NOT t:Carve
RETURN t.fqn AS from, at.fqn AS to, 'ANNOTATED_BY' AS kind, '' AS fromMember, '' AS toMember, 0 AS line,
       1 AS weight
UNION ALL
MATCH (t:Java:Type)-[:DECLARES]->(x)-[:ANNOTATED_BY]->(:Annotation)-[:OF_TYPE]->(at:Type)
WHERE t:File AND NOT t:Carve AND (x:Method OR x:Field)
RETURN t.fqn AS from, at.fqn AS to, 'ANNOTATED_BY' AS kind, x.signature AS fromMember, '' AS toMember, 0 AS line,
       1 AS weight
UNION ALL
MATCH (t:Java:Type)-[d:DEPENDS_ON]->(u:Type)
WHERE t:File AND NOT t:Carve
RETURN t.fqn AS from, u.fqn AS to, 'DEPENDS_ON' AS kind, '' AS fromMember, '' AS toMember, 0 AS line,
       coalesce(d.weight, 1) AS weight
