/**
 * The monolith's Java sources as the extractor sees them: parsed with their lexical layout kept, an index of the
 * application's types and the type references of each file, resolved through imports and packages.
 */
package dev.carve.extractor.code;
