MATCH (a:Carve:Type)-[x:READS|WRITES]->(t:Carve:Table)
RETURN a.fqn AS type, t.name AS table, type(x) AS access, x.via AS via, x.weight AS weight, x.file AS file,
       x.line AS line, x.member AS member
ORDER BY x.carveOrder
