/** Reading inputs (standard input, files) and decoding their bytes into text. */
package org.traduire.input;
