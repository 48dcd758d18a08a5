// One node per type: jQAssistant's :Java:Type plus its kind label (:Class, :Interface, ...), owned by Carve.
UNWIND $rows AS r
CREATE (t:Carve:Java:Type)
SET t = r.props
SET t:$(r.labels)
