// Problems met during analysis, in the order they were met.
UNWIND $rows AS r
CREATE (p:Carve:Problem)
SET p = r
