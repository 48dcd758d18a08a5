// The one node with the analysis' free-form properties (keys and values in order).
UNWIND $rows AS r
CREATE (:Carve:Analysis {keys: r.keys, values: r.values})
