package dev.carve.extractor.plan;

/**
 * Where the pieces of a migration run.
 *
 * @param legacyUrl base URL of the monolith behind the proxy
 * @param serviceUrl base URL of the extracted service
 * @param proxyPort port the proxy listens on
 * @param adminPort port of the proxy's admin API
 * @param legacyDb JDBC URL of the monolith's database (the sync's source); null for an embedded PostgreSQL
 * @param serviceDb JDBC URL of the service's database (the sync's target); null for an embedded PostgreSQL
 */
public record PlanOptions(
        String legacyUrl, String serviceUrl, int proxyPort, int adminPort, String legacyDb, String serviceDb) {

    public static PlanOptions defaults() {
        return new PlanOptions("http://127.0.0.1:8080", "http://127.0.0.1:8180", 9000, 9001, null, null);
    }

    public PlanOptions withLegacyUrl(String value) {
        return new PlanOptions(value, serviceUrl, proxyPort, adminPort, legacyDb, serviceDb);
    }

    public PlanOptions withServiceUrl(String value) {
        return new PlanOptions(legacyUrl, value, proxyPort, adminPort, legacyDb, serviceDb);
    }

    public PlanOptions withProxyPort(int value) {
        return new PlanOptions(legacyUrl, serviceUrl, value, adminPort, legacyDb, serviceDb);
    }

    public PlanOptions withAdminPort(int value) {
        return new PlanOptions(legacyUrl, serviceUrl, proxyPort, value, legacyDb, serviceDb);
    }

    public PlanOptions withLegacyDb(String jdbcUrl) {
        return new PlanOptions(legacyUrl, serviceUrl, proxyPort, adminPort, jdbcUrl, serviceDb);
    }

    public PlanOptions withServiceDb(String jdbcUrl) {
        return new PlanOptions(legacyUrl, serviceUrl, proxyPort, adminPort, legacyDb, jdbcUrl);
    }
}
