// Tables (:Carve:Table) with their columns in order (:Carve:Column, HAS_COLUMN).
UNWIND $rows AS r
CREATE (t:Carve:Table)
SET t = r.props
WITH t, r
UNWIND r.columns AS c
CREATE (t)-[:HAS_COLUMN]->(col:Carve:Column)
SET col = c
