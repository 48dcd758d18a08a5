// Deletes up to $limit nodes Carve wrote (and their relationships); run until it reports 0.
MATCH (n:Carve)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
