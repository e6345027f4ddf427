package uk.org.networkcommons.platform.test.hostile;

import java.util.ArrayList;
import java.util.List;
import uk.org.networkcommons.platform.test.hostile.AuthorizationMatrix.Expectation;

/**
 * What each service's rules let a stranger get beyond a plain 404: its lists, and the endpoints where a stranger may
 * see but not act (403) or act without touching the hidden object. Declared once, here, for both the matrix each
 * service runs on itself and the one that runs through the gateway against the launched platform, so the two can
 * never hold different rules.
 */
public final class StrangerRules {

    /** One declared exception to "404 for anything naming a hidden object". */
    public record Rule(String endpoint, Expectation expectation, String because, List<String> strangers) {
    }

    public static final String OFFICER_OF_ANOTHER_LA = "officer of another LA";
    public static final String STAFF_OF_UNRELATED_SCHOOL = "staff of an unrelated school of the LA";
    public static final String STAFF_OF_FORMER_MEMBER = "staff of a former member";
    public static final String STAFF_OF_GUEST_AGENCY = "staff of an agency taking part, not a member";

    public static final StrangerRules NETWORK_SERVICE = new StrangerRules()
            .listing("GET /api/networks")
            .expect("POST /api/networks", Expectation.FORBIDDEN,
                    "only officers of an LA form its networks (Networks.form)")
            .expect("GET /api/networks/summary", Expectation.HIDDEN,
                    "an LA's network summary is for its officers and the admin (Networks.summary)")
            .expect("POST /api/organisations", Expectation.FORBIDDEN,
                    "only officers of an LA register its organisations (Organisations.register)")
            .expect("PUT /api/organisations/{organisationId}", Expectation.FORBIDDEN,
                    "the organisation register is open to every signed-in person, but only officers of the "
                            + "organisation's LA change it (Organisations)")
            .expect("POST /api/organisations/{organisationId}/join-requests", Expectation.FORBIDDEN,
                    "only staff of an organisation ask for it to join, checked before the network is looked up "
                            + "(MembershipService.requestToJoin)");

    public static final StrangerRules CAMEO_SERVICE = new StrangerRules()
            .listing("GET /api/library/authored")
            .expect("GET /api/workshops/summary", Expectation.HIDDEN,
                    "an LA's workshop summary is for its officers and the admin (Workshops.summary)")
            .expect("POST /api/library/authored", Expectation.ALLOWED_WITHOUT_HIDDEN,
                    "every LA officer may author library content for their own LA (AuthoredItems.draft)",
                    OFFICER_OF_ANOTHER_LA)
            .expect("POST /api/library/authored", Expectation.FORBIDDEN,
                    "only LA officers and network co-ordinators author library content (AuthoredItems.draft)")
            .expect("POST /api/library/authored/{itemId}/retirement", Expectation.FORBIDDEN,
                    "an LA-shared item is read by everyone of the LA, but only its author and the LA's officers "
                            + "change it (AuthoredItemPolicy)",
                    STAFF_OF_UNRELATED_SCHOOL, STAFF_OF_FORMER_MEMBER, STAFF_OF_GUEST_AGENCY);

    public static final StrangerRules ACTION_TRACKER = new StrangerRules()
            .listing("GET /api/actions")
            .listing("GET /api/actions/export.csv")
            .expect("GET /api/actions/summary", Expectation.HIDDEN,
                    "an LA's summary exists only for its officers and the platform admin (ActionReports.summary)");

    private final List<String> listings = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();

    private StrangerRules() {
    }

    private StrangerRules listing(String endpoint) {
        listings.add(endpoint);
        return this;
    }

    private StrangerRules expect(String endpoint, Expectation expectation, String because, String... strangers) {
        rules.add(new Rule(endpoint, expectation, because, List.of(strangers)));
        return this;
    }

    /** Lists and exports of the hidden objects: strangers get them without those objects. */
    public List<String> listings() {
        return List.copyOf(listings);
    }

    public List<Rule> rules() {
        return List.copyOf(rules);
    }
}
