MATCH (t:Carve:Type)-[:DECLARES]->(m:Carve:Method)
WHERE m.carveStub IS NULL
RETURN t.fqn AS type, m.signature AS signature, m.name AS name, m.file AS file, m.line AS line,
       m.annotations AS annotations
ORDER BY m.carveOrder
