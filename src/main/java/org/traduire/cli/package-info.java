/** The command line: picocli commands, the exit-code table and the one exception-to-exit-code mapper. */
package org.traduire.cli;
