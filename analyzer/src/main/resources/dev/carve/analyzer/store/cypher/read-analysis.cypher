MATCH (a:Carve:Analysis)
RETURN a.keys AS keys, a.values AS values
