package uk.org.networkcommons.perf;

/** One measurement of the profile, run in order against the same platform; selectable with {@code -Dperf.phases}. */
interface Phase {

    /** The short name {@code -Dperf.phases} selects it by, e.g. {@code gateway}. */
    String name();

    void run(ProfileRun run) throws Exception;
}
