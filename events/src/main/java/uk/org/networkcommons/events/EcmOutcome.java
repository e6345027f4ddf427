package uk.org.networkcommons.events;

/** The five Every Child Matters outcomes, used as tags on library content, workshops and actions. */
public enum EcmOutcome {
    BE_HEALTHY,
    STAY_SAFE,
    ENJOY_AND_ACHIEVE,
    MAKE_A_POSITIVE_CONTRIBUTION,
    ACHIEVE_ECONOMIC_WELL_BEING
}
