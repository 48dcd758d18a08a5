MATCH (t:Carve:Type)
WHERE t.carveStub IS NULL
RETURN t.fqn AS fqn, t.kind AS kind, t.origins AS origins, t.file AS file, t.line AS line,
       t.linesOfCode AS linesOfCode, t.annotations AS annotations, t.flags AS flags
ORDER BY t.carveOrder
