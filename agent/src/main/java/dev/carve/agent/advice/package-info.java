/**
 * ByteBuddy advice templates, inlined into the host's methods; each only hands its constants and arguments to
 * {@link dev.carve.agent.record.Recorder}, and suppresses anything thrown so the host never sees it.
 */
package dev.carve.agent.advice;
