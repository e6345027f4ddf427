package uk.org.networkcommons.cameoservice.library;

/**
 * Where a cameo comes from: a fictional case study of the shipped library, an LA story retelling how a real authority
 * met one follow-up question, or a cameo an LA officer or co-ordinator wrote.
 */
public enum CameoKind {
    CASE_STUDY,
    LA_STORY,
    AUTHORED
}
