package org.traduire.testing;

import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets a longer fuzz run ({@code bench/fuzz.sh}) give a property more tries and another seed than
 * its {@code @Property} says, through the system properties {@code traduire.fuzz.tries} and {@code
 * traduire.fuzz.seed}; without them the property runs as written. jqwik reads the attributes after
 * this hook, and {@code @Property(tries = ...)} would win over {@code jqwik.tries.default}, hence
 * a hook. A given seed also replaces jqwik's habit of rerunning the last failing seed, so the run
 * is the one its seed names.
 */
public final class FuzzSettings implements AroundPropertyHook {
  public static final String TRIES = "traduire.fuzz.tries";
  public static final String SEED = "traduire.fuzz.seed";

  /** Added to a test class, it applies to the class's properties (jqwik's default would be the class alone). */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.DIRECT_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    PropertyAttributes attributes = context.attributes();
    Integer tries = Integer.getInteger(TRIES);
    if (tries != null) {
      attributes.setTries(tries);
    }
    String seed = System.getProperty(SEED, "");
    if (!seed.isBlank()) {
      attributes.setSeed(seed.strip());
      attributes.setAfterFailure(AfterFailureMode.RANDOM_SEED);
    }
    return property.execute();
  }
}
