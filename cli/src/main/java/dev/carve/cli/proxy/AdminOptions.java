package dev.carve.cli.proxy;

import dev.carve.proxy.AdminClient;
import dev.carve.proxy.ProxyException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How a control subcommand finds the running proxy: its config file, or the admin URL and token directly. */
public final class AdminOptions {
    @Option(
            names = {"-c", "--config"},
            paramLabel = "FILE",
            defaultValue = "carve-proxy.yaml",
            description = "Config of the running proxy: its admin.host, admin.port and token file."
                    + " Default: ${DEFAULT-VALUE}")
    Path config;

    @Option(
            names = "--section",
            paramLabel = "KEY",
            defaultValue = "",
            description = "The config is under this key of a larger file (as given to 'carve proxy').")
    String section;

    @Option(
            names = "--admin-url",
            paramLabel = "URL",
            description = "Admin API URL, e.g. http://127.0.0.1:8081, instead of reading it from --config"
                    + " (needs --token).")
    String adminUrl;

    @Option(
            names = "--token",
            paramLabel = "TOKEN",
            defaultValue = "${env:CARVE_PROXY_TOKEN}",
            description = "Admin bearer token (or set CARVE_PROXY_TOKEN) instead of the config's token file.")
    String token;

    AdminClient client() {
        if (adminUrl != null) {
            if (token == null || token.isBlank()) {
                throw ProxyException.badInput("--admin-url needs the admin token: pass --token or set CARVE_PROXY_TOKEN"
                        + " (the proxy keeps it in the file named by admin.tokenFile).");
            }
            return new AdminClient(adminUrl, token.trim());
        }
        AdminClient fromConfig = AdminClient.forConfig(config, section);
        return token == null || token.isBlank() ? fromConfig : new AdminClient(fromConfig.baseUrl(), token.trim());
    }
}
