package uk.org.networkcommons.events.library;

/** What an author wrote: a cameo for discussion (a short case with questions) or a set of questions on its own. */
public enum AuthoredItemKind {
    CAMEO,
    QUESTION_SET
}
