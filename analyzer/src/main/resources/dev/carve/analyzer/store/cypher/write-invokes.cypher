// jQAssistant's INVOKES, method to method, where both methods are known.
UNWIND $rows AS r
MATCH (a:Method {carveKey: r.from}) USING INDEX a:Method(carveKey) WHERE a:Carve
MATCH (b:Method {carveKey: r.to}) USING INDEX b:Method(carveKey) WHERE b:Carve
CREATE (a)-[:INVOKES {weight: r.weight, lineNumber: r.line}]->(b)
