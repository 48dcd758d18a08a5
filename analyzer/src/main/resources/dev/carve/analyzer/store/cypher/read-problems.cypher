MATCH (p:Carve:Problem)
RETURN p.kind AS kind, p.message AS message, p.file AS file, p.line AS line
ORDER BY p.carveOrder
