package dev.carve.proxy.http;

import dev.carve.proxy.ProxyException;
import dev.carve.proxy.config.ProxyConfig;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.nio.file.Path;

/** TLS termination for client connections from PEM files (certificate chain and PKCS#8 private key). */
final class TlsContexts {
    private TlsContexts() {}

    static SslContext server(ProxyConfig.Tls tls, Path baseDir) {
        if (!tls.enabled()) {
            return null;
        }
        Path cert = baseDir.resolve(tls.certificate());
        Path key = baseDir.resolve(tls.privateKey());
        try {
            return SslContextBuilder.forServer(cert.toFile(), key.toFile())
                    .applicationProtocolConfig(ApplicationProtocolConfig.DISABLED)
                    .build();
        } catch (Exception e) {
            throw ProxyException.badInput(
                    "tls: cannot use certificate " + cert + " with key " + key + ": "
                            + e.getMessage()
                            + ". The key must be PEM PKCS#8 ('BEGIN PRIVATE KEY'); convert an RSA key with"
                            + " 'openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem'.",
                    e);
        }
    }
}
