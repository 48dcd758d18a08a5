/** Carve's java agent: records what each entry-point invocation touches at runtime, without breaking the host. */
package dev.carve.agent;
