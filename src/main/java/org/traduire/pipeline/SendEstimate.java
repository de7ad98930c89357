package org.traduire.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.traduire.chunk.Chunk;
import org.traduire.chunk.Segment;
import org.traduire.config.Key;
import org.traduire.translate.BackendSetupException;
import org.traduire.translate.Placeholders;
import org.traduire.translate.Protector;
import org.traduire.translate.glossary.Glossary;
import org.traduire.translate.glossary.ProtectedTerms;
import org.traduire.translate.http.OpenAiService;

/**
 * What a run would send to each backend of its chain, counted before anything is sent
 * ({@code --dry-run}): requests and characters, as the pipeline would send them (protected spans
 * as placeholders), and a cost where the config has a price. A later backend of a chain only gets
 * what an earlier one fails on, so its figures are the most it could get.
 */
public final class SendEstimate {
  /**
   * Roughly how many characters make one token: about 4 of English (OpenAI's rule of thumb) and
   * fewer of French, whose accents and longer words split more, so French input is counted at 3.5.
   * An estimate, not a tokenizer: real counts vary by model.
   */
  static final double CHARS_PER_TOKEN_FRENCH = 3.5;
  static final double CHARS_PER_TOKEN_ENGLISH = 4.0;

  /**
   * Segments the translation memory already holds, which a run would not send. The hook for the
   * translation memory: until it exists, nothing is remembered.
   */
  @FunctionalInterface
  public interface Memory {
    Memory NONE = (backend, text) -> false;

    /** True when the memory has {@code backend}'s translation of {@code text} (a segment as sent, placeholders in). */
    boolean has(String backend, String text);
  }

  /**
   * One backend's share: {@code requests} to translate (plus {@code setupRequests} once a run,
   * such as creating DeepL's glossary), {@code chars} characters (Unicode code points, as DeepL
   * bills them), {@code remembered} segments the memory spares, and for OpenAI-compatible
   * backends the estimated tokens. {@code cost} is null without a price; {@code price} says which
   * price it used, {@code note} anything else worth knowing (a free DeepL key).
   */
  public record Link(String backend, boolean offline, int requests, int setupRequests, long chars, int remembered,
      long inputTokens, long outputTokens, Double cost, String price, String note) {}

  private SendEstimate() {}

  /** What {@code plan} would send along {@code chain}, priced from {@code settings}. */
  public static List<Link> of(Plan plan, Backends.Chain chain, Backends.Settings settings, Memory memory) {
    List<Link> out = new ArrayList<>();
    for (String name : chain.links()) {
      out.add(link(name, plan, chain.glossary(), chain.protector(), settings, memory));
    }
    return out;
  }

  private static Link link(String name, Plan plan, Glossary glossary, Protector protector, Backends.Settings settings,
      Memory memory) {
    boolean placeholders = name.equals("apertium") || name.equals("libretranslate");
    int requests = 0;
    long chars = 0;
    int remembered = 0;
    long promptChars = 0;
    long segmentChars = 0;
    for (Chunk chunk : plan.chunks()) {
      List<String> sent = new ArrayList<>();
      for (Segment s : chunk.segments()) {
        String text = Placeholders.protect(s.text(), Protector.merge(protector.find(s.text()), s.keep())).text();
        if (placeholders) {
          text = ProtectedTerms.sent(text, glossary);
        }
        if (memory.has(name, text)) {
          remembered++;
        } else if (!text.isBlank()) {
          sent.add(text);
        }
      }
      if (sent.isEmpty()) {
        continue;
      }
      requests++;
      for (String t : sent) {
        chars += t.codePointCount(0, t.length());
        segmentChars += t.length();
      }
      if (name.equals("openai")) {
        promptChars += OpenAiService.promptChars(sent, glossary);
      }
    }
    switch (name) {
      case "dictionary":
        return new Link(name, true, 0, 0, chars, remembered, 0, 0, null, "", "");
      case "deepl": {
        Double price = price(settings, Key.DEEPL_PRICE_PER_MILLION_CHARS);
        int setup = glossary.isEmpty() || requests == 0 ? 0 : 1;
        boolean free = settings.get(Key.DEEPL_API_KEY).strip().endsWith(":fx");
        return new Link(name, false, requests, setup, chars, remembered, 0, 0,
            price == null ? null : chars * price / 1e6,
            price == null ? "" : format(price) + " per million characters",
            free ? "free key: nothing to pay up to 500,000 characters a month" : "");
      }
      case "openai": {
        long in = Math.round(Math.ceil(promptChars / CHARS_PER_TOKEN_FRENCH));
        // the answer: each segment's English (about as long as the French) in a numbered JSON object
        long outTokens = Math.round(Math.ceil((segmentChars + 8.0 * Math.max(0, requests)) / CHARS_PER_TOKEN_ENGLISH));
        Double pin = price(settings, Key.OPENAI_PRICE_PER_MILLION_INPUT_TOKENS);
        Double pout = price(settings, Key.OPENAI_PRICE_PER_MILLION_OUTPUT_TOKENS);
        Double cost = pin == null || pout == null ? null : (in * pin + outTokens * pout) / 1e6;
        String price = cost == null ? "" : format(pin) + " and " + format(pout) + " per million input and output tokens";
        return new Link(name, false, requests, 0, chars, remembered, in, outTokens, cost, price,
            "tokens estimated at 3.5 characters each for the French prompt, 4 for the English answer");
      }
      default:
        return new Link(name, false, requests, 0, chars, remembered, 0, 0, null, "", "");
    }
  }

  /** The price a key sets, or null when it is empty. */
  static Double price(Backends.Settings settings, Key key) {
    String v = settings.get(key).strip();
    return v.isEmpty() ? null : Double.parseDouble(v);
  }

  /**
   * Checks every price key: empty, or a number of 0 or more.
   *
   * @throws BackendSetupException naming the key whose value is not
   */
  static void checkPrices(Backends.Settings settings) throws BackendSetupException {
    for (Key key : List.of(Key.DEEPL_PRICE_PER_MILLION_CHARS, Key.OPENAI_PRICE_PER_MILLION_INPUT_TOKENS,
        Key.OPENAI_PRICE_PER_MILLION_OUTPUT_TOKENS)) {
      String v = settings.get(key).strip();
      if (v.isEmpty()) {
        continue;
      }
      try {
        double d = Double.parseDouble(v);
        if (d >= 0 && !Double.isInfinite(d)) {
          continue;
        }
      } catch (NumberFormatException ignored) {
        // reported below
      }
      throw new BackendSetupException(key.property() + " '" + v + "' must be a number of 0 or more, or empty for no estimate");
    }
  }

  private static String format(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
