/** Settings: the keys, where they are read from, and their precedence. */
package org.traduire.config;
