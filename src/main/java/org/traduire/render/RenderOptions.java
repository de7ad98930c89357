package org.traduire.render;

/** Settings that shape rendered output: {@code width} is the line width of side-by-side text. */
public record RenderOptions(int width) {
  public static final int DEFAULT_WIDTH = 100;
  public static final int MIN_WIDTH = 20;

  public RenderOptions {
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException("width " + width + " is below the minimum of " + MIN_WIDTH);
    }
  }
}
