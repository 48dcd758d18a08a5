/** Renders a boundary proposal for architects and their tools: HTML, Markdown, JSON, C4, PlantUML, CML, GraphML. */
package dev.carve.reports;
