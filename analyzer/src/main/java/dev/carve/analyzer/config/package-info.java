/**
 * Loads Carve's YAML configuration files into validated records. Every key is declared once, on a record
 * component, with its description ({@code @JsonPropertyDescription}), default and whether it is required; errors
 * name the file, line and key, and the reference documentation is generated from the same declarations.
 */
package dev.carve.analyzer.config;
