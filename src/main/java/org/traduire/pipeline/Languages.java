package org.traduire.pipeline;

import java.util.Locale;

/** English names of ISO 639-1 codes, for messages. */
final class Languages {
  private Languages() {}

  static String name(String code) {
    if (code.equals("und")) {
      return "an undetermined language";
    }
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() ? code : name;
  }
}
