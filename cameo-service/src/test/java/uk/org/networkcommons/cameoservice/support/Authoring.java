package uk.org.networkcommons.cameoservice.support;

import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.platform.test.api.Api;
import org.springframework.http.HttpMethod;

/** Shortcuts for authored library content: request bodies and the lifecycle steps, as the author. */
public final class Authoring {

    private final Api api;

    public Authoring(Api api) {
        this.api = api;
    }

    /** A valid cameo body; {@code extra} is spliced in as more fields (e.g. {@code "\"theme\": \"CAPACITY\""}). */
    public static String cameoJson(String title, String sharing, String... extra) {
        StringBuilder more = new StringBuilder();
        for (String field : extra) {
            more.append(", ").append(field);
        }
        return """
                {"kind": "CAMEO", "title": "%s",
                 "summary": "Four primary schools share one transition mentor for pupils moving to the secondary school.",
                 "questions": [{"text": "What would pupils notice first?"}, {"text": "Who would fund the mentor?"}],
                 "tags": ["transition-support", "shared-staffing"], "outcomes": ["ENJOY_AND_ACHIEVE"],
                 "challenge": "CAPACITY", "sharing": "%s"%s}
                """.formatted(title, sharing, more);
    }

    public static String questionSetJson(String title, String sharing) {
        return """
                {"kind": "QUESTION_SET", "title": "%s",
                 "questions": [{"text": "Which decisions should stay with each school?"}],
                 "sharing": "%s"}
                """.formatted(title, sharing);
    }

    /** Drafts the item as the author and returns its id. */
    public String draft(Person author, String json) {
        return api.post(author, "/api/library/authored", json).expect(201).field("$.id");
    }

    public Api.Response publish(Person who, String itemId) {
        return api.post(who, "/api/library/authored/" + itemId + "/publication", null);
    }

    public Api.Response retire(Person who, String itemId) {
        return api.post(who, "/api/library/authored/" + itemId + "/retirement", null);
    }

    public Api.Response revise(Person who, String itemId, String json, String ifMatch) {
        return api.callWithIfMatch(who, HttpMethod.PUT, "/api/library/authored/" + itemId, json, ifMatch);
    }

    /** Drafts and publishes a cameo as the author; returns its id. */
    public String publishedCameo(Person author, String title, String sharing) {
        String id = draft(author, cameoJson(title, sharing));
        publish(author, id).expect(200);
        return id;
    }
}
