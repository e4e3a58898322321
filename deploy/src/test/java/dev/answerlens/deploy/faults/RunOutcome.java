package dev.answerlens.deploy.faults;

import java.time.Instant;

/**
 * What happened during a run: how far it was when the fault struck (and how many jobs it should have had by
 * then), when the fault ended, how waiting for the run to finish ended, and — when the suite asked the API to
 * run a prompt now through the fault — how many of those requests the API accepted and refused.
 */
record RunOutcome(RunProgress atFault, long expectedAtFault, Instant faultEnd, CompletionWait.Ending ending,
                  int runNowAccepted, int runNowRefused) {
}
