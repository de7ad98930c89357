/** Language detection behind a small interface; Lingua is used only here. */
package org.traduire.detect;
