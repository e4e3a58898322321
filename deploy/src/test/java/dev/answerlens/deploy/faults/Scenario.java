package dev.answerlens.deploy.faults;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * One fault scenario: a fresh pipeline runs the workload, {@code fault} strikes at {@code moment}, and the run
 * must still end with every planned answer stored once, within the recovery target.
 *
 * @param name         the id to select it by ({@code -Dfaults=broker-stop-5s})
 * @param what         the fault in words, for the test name and the report
 * @param asksToRunNow whether the suite keeps asking the API to run a prompt now through the fault
 * @param unavailable  why this machine cannot inject the fault, if it cannot (the scenario is then skipped)
 */
record Scenario(String name, String what, FaultMoment moment, Fault fault, boolean asksToRunNow,
                Supplier<Optional<String>> unavailable) {

    Scenario(String name, String what, FaultMoment moment, Fault fault) {
        this(name, what, moment, fault, false, Optional::empty);
    }

    Scenario askingToRunNow() {
        return new Scenario(name, what, moment, fault, true, unavailable);
    }

    Scenario unavailableWhen(Supplier<Optional<String>> reason) {
        return new Scenario(name, what, moment, fault, asksToRunNow, reason);
    }

    /** The behaviour the scenario proves, as a sentence. */
    String behaviour() {
        return name + ": every planned answer is stored exactly once, in time, after " + what;
    }
}
