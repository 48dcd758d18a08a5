/**
 * {@code carve-proxy.yaml}: the records that declare every key once (description, default, required), the loader
 * that reports problems with file, line and key, a builder for configs made in code, and the docs generator.
 */
package dev.carve.proxy.config;
