package dev.carve.extractor.plan;

/**
 * Where the pieces of a migration run.
 *
 * @param legacyUrl base URL of the monolith behind the proxy
 * @param serviceUrl base URL of the extracted service
 * @param proxyPort port the proxy listens on
 * @param adminPort port of the proxy's admin API
 */
public record PlanOptions(String legacyUrl, String serviceUrl, int proxyPort, int adminPort) {

    public static PlanOptions defaults() {
        return new PlanOptions("http://127.0.0.1:8080", "http://127.0.0.1:8180", 9000, 9001);
    }

    public PlanOptions withLegacyUrl(String value) {
        return new PlanOptions(value, serviceUrl, proxyPort, adminPort);
    }

    public PlanOptions withServiceUrl(String value) {
        return new PlanOptions(legacyUrl, value, proxyPort, adminPort);
    }

    public PlanOptions withProxyPort(int value) {
        return new PlanOptions(legacyUrl, serviceUrl, value, adminPort);
    }

    public PlanOptions withAdminPort(int value) {
        return new PlanOptions(legacyUrl, serviceUrl, proxyPort, value);
    }
}
