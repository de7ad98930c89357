package org.traduire.chunk;

import java.util.List;

/**
 * The unit sent to a backend in one request: segments of one section, in order, within the
 * backend's size limit.
 */
public record Chunk(int section, List<Segment> segments) {
  public Chunk {
    if (section < 0) {
      throw new IllegalArgumentException("bad section index " + section);
    }
    if (segments.isEmpty()) {
      throw new IllegalArgumentException("empty chunk in section " + section);
    }
    segments = List.copyOf(segments);
  }

  /** Characters of segment text in this chunk. */
  public int chars() {
    int n = 0;
    for (Segment s : segments) {
      n += s.text().length();
    }
    return n;
  }

  public List<String> texts() {
    return segments.stream().map(Segment::text).toList();
  }
}
