/** Reading inputs (standard input, files, the articles under a folder) and decoding their bytes into text. */
package org.traduire.input;
