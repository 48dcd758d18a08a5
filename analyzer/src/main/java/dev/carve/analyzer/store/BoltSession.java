package dev.carve.analyzer.store;

import dev.carve.analyzer.CarveException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/** A Neo4j server reached over Bolt with the Java driver (5.x servers, 5.26 or newer for dynamic types). */
final class BoltSession implements CypherSession {
    private final String uri;
    private final Driver driver;

    private BoltSession(String uri, Driver driver) {
        this.uri = uri;
        this.driver = driver;
    }

    static BoltSession connect(String uri, StoreCredentials credentials) {
        Driver driver;
        try {
            driver = GraphDatabase.driver(
                    uri,
                    AuthTokens.basic(credentials.user(), credentials.password()),
                    Config.builder().withLogging(Logging.slf4j()).build());
        } catch (IllegalArgumentException e) {
            throw CarveException.badInput("The graph store URI " + uri + " is not a valid Bolt URI: " + e.getMessage());
        }
        try {
            driver.verifyConnectivity();
        } catch (SecurityException e) {
            driver.close();
            throw CarveException.badInput(
                    "The Neo4j server at " + uri + " refused user '" + credentials.user() + "': " + e.getMessage()
                            + ". Pass --store-user and --store-password (or set CARVE_STORE_PASSWORD).",
                    e);
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw CarveException.badInput(
                    "No Neo4j server answers at " + uri + " (" + e.getMessage()
                            + "). Start it, or check host and port in --store.",
                    e);
        } catch (RuntimeException e) {
            driver.close();
            throw CarveException.badInput("Cannot connect to the Neo4j server at " + uri + ": " + e.getMessage(), e);
        }
        return new BoltSession(uri, driver);
    }

    @Override
    public void write(String statement, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            session.executeWriteWithoutResult(
                    tx -> tx.run(statement, parameters).consume());
        } catch (Neo4jException e) {
            throw CarveException.internal("Writing to the graph store " + uri + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public QueryResult run(String statement, Map<String, Object> parameters) {
        try {
            return execute(statement, parameters);
        } catch (Neo4jException e) {
            throw CarveException.internal("Reading the graph store " + uri + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public QueryResult runUserQuery(String statement, Map<String, Object> parameters) {
        try {
            return execute(statement, parameters);
        } catch (ClientException e) {
            throw CarveException.badInput("The Cypher query failed: " + e.getMessage(), e);
        }
    }

    private QueryResult execute(String statement, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> {
                var result = tx.run(statement, parameters);
                List<String> columns = result.keys();
                List<List<Object>> rows = new ArrayList<>();
                while (result.hasNext()) {
                    Record record = result.next();
                    List<Object> row = new ArrayList<>(columns.size());
                    for (int i = 0; i < columns.size(); i++) {
                        row.add(plainValue(record.get(i)));
                    }
                    rows.add(row);
                }
                return new QueryResult(columns, rows);
            });
        }
    }

    private static Object plainValue(Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return plainObject(value.asObject());
    }

    private static Object plainObject(Object value) {
        if (value instanceof Node node) {
            List<String> labels = new ArrayList<>(new TreeSet<>(toList(node.labels())));
            return PlainValues.entity("_labels", labels, node.asMap());
        }
        if (value instanceof Relationship rel) {
            return PlainValues.entity("_type", rel.type(), rel.asMap());
        }
        if (value instanceof Path path) {
            List<Object> items = new ArrayList<>();
            items.add(plainObject(path.start()));
            for (Path.Segment segment : path) {
                items.add(plainObject(segment.relationship()));
                items.add(plainObject(segment.end()));
            }
            return items;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(BoltSession::plainObject).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> plain = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> plain.put(String.valueOf(k), plainObject(v)));
            return plain;
        }
        return PlainValues.plain(value);
    }

    private static List<String> toList(Iterable<String> items) {
        List<String> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }

    @Override
    public void close() {
        driver.close();
    }
}
