package org.traduire.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * What a command needs from the outside world, passed in so tests can run commands in-process;
 * {@code console} is true when standard input and output are a terminal.
 */
record Context(
    PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, boolean console) {}
