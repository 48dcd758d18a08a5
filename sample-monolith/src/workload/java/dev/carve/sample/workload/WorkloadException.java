package dev.carve.sample.workload;

/** The run could not start: the shop is not reachable or does not answer like the sample shop. */
public class WorkloadException extends RuntimeException {

    public WorkloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
