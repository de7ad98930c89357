package org.traduire.render;

/**
 * Settings that shape rendered output: {@code width} is the line width of side-by-side text;
 * {@code colour} turns on ANSI colour in the terminal formats (side-by-side, interleaved).
 */
public record RenderOptions(int width, boolean colour) {
  public static final int DEFAULT_WIDTH = 100;
  public static final int MIN_WIDTH = 20;

  public RenderOptions {
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException("width " + width + " is below the minimum of " + MIN_WIDTH);
    }
  }

  /** Plain text at the given width. */
  public RenderOptions(int width) {
    this(width, false);
  }
}
