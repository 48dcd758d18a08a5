package dev.carve.extractor.cdc;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.carve.analyzer.config.ConfigLoader;

/** Writes a config as the YAML a user would write, for tests that run the sync in another process. */
final class ConfigYaml {
    private ConfigYaml() {}

    static String of(SyncConfig config) throws JsonProcessingException {
        return ConfigLoader.yamlMapper().writeValueAsString(config);
    }
}
