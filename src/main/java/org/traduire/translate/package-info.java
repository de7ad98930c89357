/**
 * The backend interface, the registry of backends by name, and the wrappers around a backend
 * (placeholder protection, fallback). HTTP backends live in {@code translate.http}, the offline
 * dictionary in {@code translate.dictionary}.
 */
package org.traduire.translate;
