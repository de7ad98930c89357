/** Runs the stages in order for one input: parse, detect, chunk, translate, assemble. No command-line code here. */
package org.traduire.pipeline;
