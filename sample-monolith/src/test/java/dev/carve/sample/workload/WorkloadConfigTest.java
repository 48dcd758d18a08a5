package dev.carve.sample.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkloadConfigTest {

    @Test
    void defaultsToAThousandRequestsFromEightClientsAgainstPort8080() {
        WorkloadConfig config = WorkloadConfig.parse(new String[0]);
        assertThat(config.baseUrl()).hasToString("http://localhost:8080");
        assertThat(config.requests()).isEqualTo(1_000);
        assertThat(config.duration()).isNull();
        assertThat(config.concurrency()).isEqualTo(8);
    }

    @Test
    void secondsAloneMeanNoRequestLimitAndBothMeanWhicheverComesFirst() {
        WorkloadConfig timed =
                WorkloadConfig.parse(new String[] {"--seconds", "30", "--base-url", "http://proxy:9000/"});
        assertThat(timed.requests()).isZero();
        assertThat(timed.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(timed.baseUrl()).hasToString("http://proxy:9000");
        WorkloadConfig both = WorkloadConfig.parse(new String[] {"--requests", "500", "--seconds", "30"});
        assertThat(both.requests()).isEqualTo(500);
        assertThat(both.duration()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void rejectsWhatItCannotUse() {
        assertThatThrownBy(() -> WorkloadConfig.parse(new String[] {"--requests", "many"}))
                .hasMessageContaining("--requests needs a whole number");
        assertThatThrownBy(() -> WorkloadConfig.parse(new String[] {"--concurrency", "0"}))
                .hasMessageContaining("between 1 and 512");
        assertThatThrownBy(() -> WorkloadConfig.parse(new String[] {"--verbose"}))
                .hasMessageContaining("unknown option");
        assertThatThrownBy(() -> WorkloadConfig.parse(new String[] {"--base-url"}))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> WorkloadConfig.parse(new String[] {"--requests", "0"}))
                .hasMessageContaining("give a number of requests, a duration, or both");
        assertThatThrownBy(() -> WorkloadConfig.parse(new String[] {"--base-url", "localhost"}))
                .hasMessageContaining("http://host:port");
    }
}
