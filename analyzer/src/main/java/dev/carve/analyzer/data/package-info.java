/**
 * Reads the data side of a monolith without JavaParser: SQL (JSqlParser) into tables read and written, DDL scripts
 * (Flyway, {@code schema.sql}, Liquibase XML/YAML/SQL) into tables with columns and foreign keys, and MyBatis XML
 * mappers into table accesses of their mapper types.
 */
package dev.carve.analyzer.data;
