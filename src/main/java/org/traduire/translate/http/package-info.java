/**
 * The HTTP backends, one {@link org.traduire.translate.http.Service} per API (Apertium APY,
 * LibreTranslate, DeepL, OpenAI-compatible), and the one place that wraps them all: {@link
 * org.traduire.translate.http.HttpBackend} sends a service's requests through the shared client,
 * the shared throttle (jobs in flight, rate limits) and the retry policy, and turns the answers
 * into translations or typed failures. Keys never leave this package in a message ({@link
 * org.traduire.translate.http.Secrets}).
 */
package org.traduire.translate.http;
