/**
 * Runs the stages in order for one input ({@code Pipeline}) or a batch of them ({@code Batch}:
 * inputs in flight, output names, atomic writes, progress events, the report). No command-line
 * code here.
 */
package org.traduire.pipeline;
