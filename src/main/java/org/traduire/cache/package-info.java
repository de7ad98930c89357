/**
 * The translation memory: every segment a backend translated, stored in an SQLite file under the
 * user's cache folder and keyed by the backend's settings and the normalised source, so that no
 * segment is sent twice; with TMX 1.4b export and import. Nothing here is loaded unless the memory
 * is used: the offline dictionary never pays for SQLite.
 */
package org.traduire.cache;
