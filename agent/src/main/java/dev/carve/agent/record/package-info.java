/**
 * What the instrumented code calls into: per-thread call stacks, per-invocation counts, the bounded aggregate and the
 * JSONL writer. Everything here runs inside the host application and must never throw into it.
 */
package dev.carve.agent.record;
