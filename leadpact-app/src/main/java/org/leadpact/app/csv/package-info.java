/**
 * Comma-separated values as RFC 4180 writes them, read as a stream with the line of every record
 * (so a bad row can be named by its line) and written with spreadsheet formulas neutralised. Written
 * here rather than taken from a library: the format is small, and the reader's recovery from a
 * malformed record is part of the import's promise that one bad row never stops it.
 */
package org.leadpact.app.csv;
