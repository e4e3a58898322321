package dev.answerlens.deploy.faults;

/**
 * Something that goes wrong on the machine while a run is in flight: a server stopped, connections closed,
 * a service killed. It undoes itself before it returns, also when applying it failed.
 */
@FunctionalInterface
interface Fault {
    /** Applies the fault to the run and undoes it; returns a note on what it did, for the report. */
    String apply(PipelineRun run) throws Exception;
}
