MATCH (e:Carve:EntryPoint)
RETURN e.id AS id, e.kind AS kind, e.type AS type, e.method AS method, e.httpMethod AS httpMethod, e.path AS path,
       e.file AS file, e.line AS line
ORDER BY e.carveOrder
