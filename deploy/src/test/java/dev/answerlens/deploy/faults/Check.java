package dev.answerlens.deploy.faults;

/** One assertion about a finished run, kept with its figures so the report can say why it failed. */
record Check(String name, boolean passed, String detail) {
    @Override
    public String toString() {
        return name + ": " + detail;
    }
}
