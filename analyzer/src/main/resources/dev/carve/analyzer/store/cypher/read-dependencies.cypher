MATCH (a:Carve:Type)-[d]->(b:Carve:Type)
WHERE d.kind IS NOT NULL
RETURN a.fqn AS from, b.fqn AS to, d.kind AS kind, d.weight AS weight, d.file AS file, d.line AS line,
       d.fromMember AS fromMember, d.toMember AS toMember
ORDER BY d.carveOrder
