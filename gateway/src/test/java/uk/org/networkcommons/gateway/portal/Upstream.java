package uk.org.networkcommons.gateway.portal;

import java.util.List;

import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.FakeServices.Answer;
import uk.org.networkcommons.gateway.support.FakeServices.FakeService;
import uk.org.networkcommons.gateway.support.FakeServices.Received;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the fake services answer in the portal's tests, in exactly the JSON the real services write: each text block
 * follows the service's response record field for field (network-service's NetworkView, MemberView, LeaderView,
 * AgreementView, OrganisationView; cameo-service's ChallengeView, CameoView, shipped scenario and source JSON,
 * WorkshopView and WorkshopView.Summary; action-tracker's Page of ActionRow), and the problems are the platform's
 * problem+json.
 */
public final class Upstream {

    public static final String LA = "873";
    public static final String NETWORK = "6f1c2a9e-3b1d-4c55-9a57-0c1f2e3d4b5a";
    public static final String SCHOOL = "0b7d4f7e-5a2c-4e0e-8f6a-1d2c3b4a5e6f";
    public static final String OTHER_SCHOOL = "4a8e2b1c-7d3f-4b6a-9c2e-5f1a0b9c8d7e";
    public static final String AGENCY = "9d2c1b0a-8e7f-4a6b-b5c4-3d2e1f0a9b8c";
    public static final String WORKSHOP = "c3d2e1f0-a9b8-4c7d-8e6f-5a4b3c2d1e0f";
    public static final String COORDINATOR_SUBJECT = "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928";

    private Upstream() {
    }

    public static FakeService networkService() {
        return FakeServices.of(Service.NETWORK_SERVICE);
    }

    public static FakeService cameoService() {
        return FakeServices.of(Service.CAMEO_SERVICE);
    }

    public static FakeService actionTracker() {
        return FakeServices.of(Service.ACTION_TRACKER);
    }

    public static Answer json(String body) {
        return Answer.json(body);
    }

    public static Answer problem(int status, String title, String detail) {
        return Answer.json(status, """
                {"type":"https://networkcommons.org.uk/problems/%s","title":"%s","status":%d,"detail":"%s","instance":"/api"}"""
                .formatted(status == 404 ? "not-found" : status == 409 ? "conflict" : status == 403 ? "forbidden"
                        : "bad-request", title, status, detail));
    }

    /** A 400 validation problem naming each field with its message: field, message, field, message... */
    public static Answer validationProblem(String... fieldsAndMessages) {
        StringBuilder errors = new StringBuilder();
        for (int i = 0; i < fieldsAndMessages.length; i += 2) {
            errors.append(i == 0 ? "" : ",").append("{\"field\":\"").append(fieldsAndMessages[i])
                    .append("\",\"message\":\"").append(fieldsAndMessages[i + 1]).append("\"}");
        }
        return Answer.json(400, """
                {"type":"https://networkcommons.org.uk/problems/validation-failed","title":"Validation failed","status":400,\
                "detail":"Invalid fields.","instance":"/api","errors":[%s]}""".formatted(errors));
    }

    public static Answer notFound() {
        return problem(404, "Not Found", "No such network.");
    }

    /** NetworkView of an active network of LA 873 with an agreement (version 1). */
    public static String network(String id, String name) {
        return """
                {"id":"%s","laCode":"873","name":"%s","type":"CLUSTER","basis":"GEOGRAPHIC",\
                "focus":["SCHOOL_IMPROVEMENT","EXTENDED_SERVICES"],"continuumForm":"SOFT_FEDERATION_DELEGATED_POWERS",\
                "governanceModel":"ALLIANCE","objectives":"Raise attainment in reading across the cluster","finite":false,\
                "endsOn":null,"parentNetworkId":null,"status":"ACTIVE","dissolvedOn":null,"formedAt":"2025-09-01T09:00:00Z",\
                "memberCount":2,"agreementVersion":1,"version":7}""".formatted(id, name);
    }

    /** MemberView list: the lead school since 1 September 2025 and a member school since 1 January 2026. */
    public static String members() {
        return """
                [{"organisationId":"%s","name":"Oakfield Primary School","kind":"SCHOOL","role":"LEAD",\
                "from":"2025-09-01","until":null,"leftReason":null},\
                {"organisationId":"%s","name":"Riverside Academy","kind":"SCHOOL","role":"MEMBER",\
                "from":"2026-01-01","until":null,"leftReason":null}]""".formatted(SCHOOL, OTHER_SCHOOL);
    }

    /** LeaderView list: one co-ordinator. */
    public static String leaders(String coordinatorSubject) {
        return """
                [{"userId":"%s","displayName":"Network Co-ordinator","role":"COORDINATOR",\
                "appointedBy":"la-officer-1","appointedAt":"2025-09-02T10:15:00Z"}]""".formatted(coordinatorSubject);
    }

    /** AgreementView, version 1 with one service line provided by the lead school. */
    public static String agreement() {
        return """
                {"version":1,"jointObjectives":"Share one reading specialist across every school",\
                "serviceLevelAgreements":[{"service":"Reading specialist","providedBy":"%s","fundedBy":"Pooled budget",\
                "terms":"Two days a week"}],"withdrawalTerms":"One term's notice in writing",\
                "consultation":"Governors of every school were consulted","recordedBy":"la-officer-1",\
                "recordedAt":"2025-10-01T12:00:00Z"}""".formatted(SCHOOL);
    }

    /** WorkshopView.Summary list: one scheduled workshop. */
    public static String workshopSummaries() {
        return """
                [{"id":"%s","status":"SCHEDULED","title":"Autumn review","date":"2026-12-03","dimensionCount":1,\
                "proposedActionCount":0,"completedAt":null}]""".formatted(WORKSHOP);
    }

    /** The continuum as GET /api/library/continuum gives it (file description, then the forms). */
    public static String continuum() {
        return """
                {"description":"Four forms of school partnership.","forms":[\
                {"id":"federation-form-hard","form":"HARD_FEDERATION","title":"Hard federation",\
                "description":"One governing body for all the schools.","position":1,"governingBodies":"SINGLE",\
                "jointCommittee":false,"delegatedPowers":true,"regulatoryBasis":"Federation regulations","sourceId":"source-eip-presentation"},\
                {"id":"federation-form-soft-delegated","form":"SOFT_FEDERATION_DELEGATED_POWERS",\
                "title":"Soft federation with delegated powers","description":"A joint committee with delegated powers.",\
                "position":2,"governingBodies":"SEPARATE","jointCommittee":true,"delegatedPowers":true,\
                "regulatoryBasis":"Collaboration regulations","sourceId":"source-eip-presentation"}]}""";
    }

    /** Shipped scenario JSON as GET /api/library/scenarios gives it. */
    public static String scenarios() {
        return "[" + scenario("scenario-alliance", "ALLIANCE", "Alliance") + ","
                + scenario("scenario-self-organising", "SELF_ORGANISING", "Self-organising network") + "]";
    }

    public static String scenario(String id, String model, String title) {
        return """
                {"id":"%s","model":"%s","title":"%s","summary":"Schools keep their independence and agree to work together.",\
                "keyQuestions":[{"id":"%s-q1","text":"Who decides when partners disagree?"}],"governanceAspect":null,\
                "tags":["governance","ENJOY_AND_ACHIEVE"],"sourceId":"source-network-leadership-materials"}"""
                .formatted(id, model, title, id);
    }

    /** ChallengeView with two follow-up questions, the first with one LA story. */
    public static String challenge(String id, String key, String title) {
        return """
                {"id":"%s","key":"%s","title":"%s","mainQuestion":"What is the central strategic challenge you have identified?",\
                "followUpQuestions":[{"id":"%s-q1","text":"Is the main job of your networks school improvement?",\
                "laStories":[%s]},{"id":"%s-q2","text":"Are you concentrating on particular tasks?","laStories":[]}],\
                "sourceId":"source-spreading-innovation"}"""
                .formatted(id, key, title, id, cameo("la-story-" + id, "LA_STORY", "How one authority chose its focus"), id);
    }

    public static String challenges() {
        return "[" + challenge("challenge-focus", "FOCUS", "Focus") + ","
                + challenge("challenge-ownership", "OWNERSHIP", "Ownership") + "]";
    }

    /** CameoView of a shipped cameo: the authoring fields are null. */
    public static String cameo(String id, String kind, String title) {
        return """
                {"id":"%s","origin":"SHIPPED","kind":"%s","title":"%s",\
                "summary":"Only a handful of headteachers have a clear picture of what is coming.","theme":"CAPACITY",\
                "challenge":null,"followUpQuestionId":null,"localAuthority":null,\
                "tags":["leadership","capacity-building","ENJOY_AND_ACHIEVE"],"outcomes":["ENJOY_AND_ACHIEVE"],\
                "questions":[{"id":"%s-q1","text":"Should that awareness be spread more widely?"}],\
                "questionsOrigin":"SOURCE_PARAPHRASE","sourceId":"source-network-leadership-materials","status":null,\
                "sharing":null,"authorId":null,"authorLaCode":null,"retired":false,"version":null}"""
                .formatted(id, kind, title, id);
    }

    public static String cameos() {
        return "[" + cameo("cameo-capacity-1", "CASE_STUDY", "Capacity 1: a few heads looking ahead") + ","
                + cameo("cameo-capacity-2", "CASE_STUDY", "Capacity 2: Lundshire") + "]";
    }

    /** Shipped source JSON as GET /api/library/sources gives it. */
    public static String sources() {
        return """
                [{"id":"source-spreading-innovation","title":"Spreading Innovation Across Local Authorities",\
                "titleIsDescriptive":false,"publishingBodies":["DfES Innovation Unit","National College for School Leadership (NCSL)"],\
                "year":2005,"format":"Booklet","publisher":"Department for Education and Skills","isbn":"1-84478-585-8",\
                "reference":"1874-2005DCL-EN","notes":"Crown copyright 2005.","usedBy":["challenge-focus"]},\
                {"id":"source-network-leadership-materials","title":"Leading and governing school networks",\
                "titleIsDescriptive":true,"publishingBodies":[],"year":null,"format":"Workshop handout",\
                "notes":"The source text carries no title, publisher or date.","usedBy":["cameo-capacity-1"]}]""";
    }

    /** ActionRow page. */
    public static String actionPage(String... rows) {
        return "{\"items\":[" + String.join(",", rows) + "],\"nextCursor\":null}";
    }

    public static String actionRow(String id, String title, String status, String dueDate) {
        return """
                {"id":"%s","title":"%s","networkId":"%s","laCode":"873","status":"%s","progress":20,"priority":"MEDIUM",\
                "dueDate":"%s","ownerOrganisationId":"%s","partyOrganisationIds":[]}"""
                .formatted(id, title, NETWORK, status, dueDate, SCHOOL);
    }

    /** WorkshopView of a scheduled workshop at version 5: material, one dimension and one proposal owned by the agency. */
    public static String workshop(String status) {
        return """
                {"id":"%s","networkId":"%s","laCode":"873","status":"%s","title":"Autumn review","date":"2026-12-03",\
                "facilitator":"Cluster facilitator","challengeIds":["challenge-focus"],"cameoIds":["cameo-capacity-1"],\
                "scenarioIds":[],"questionIds":["challenge-focus-q1"],"participantOrganisationIds":["%s","%s"],\
                "dimensions":[{"key":"leadership","name":"Leadership","now":{"rating":2,"ratingLabel":"Emerging",\
                "narrative":"Heads meet once a term","evidence":["Minutes of the heads' meetings"]},\
                "target":{"rating":4,"ratingLabel":"Embedded","narrative":"Leadership shared across the cluster","evidence":[]},\
                "gap":2,"notes":"Revisit in the spring","recordedBy":"%s","recordedAt":"2026-12-03T11:00:00Z"}],\
                "proposedActions":[{"proposalId":"b1a2c3d4-0000-4000-8000-000000000001","title":"Set up a heads' forum",\
                "description":null,"ownerOrganisationId":"%s","dueDate":"2027-03-01","outcomes":["ENJOY_AND_ACHIEVE"],\
                "dimensionKey":"leadership","originQuestionId":null,"originCameoId":null,"proposedBy":"%s",\
                "proposedAt":"2026-12-03T11:30:00Z"}],"scheduledBy":"%s","scheduledAt":"2026-11-20T09:00:00Z",\
                "completedBy":null,"completedAt":%s,"version":5}"""
                .formatted(WORKSHOP, NETWORK, status, SCHOOL, AGENCY, COORDINATOR_SUBJECT, AGENCY, COORDINATOR_SUBJECT,
                        COORDINATOR_SUBJECT, "COMPLETED".equals(status) ? "\"2026-12-03T16:00:00Z\"" : "null");
    }

    /** OrganisationView of the partner agency taking part (not a member of the network). */
    public static String agency() {
        return """
                {"id":"%s","name":"Family Support Service","kind":"PARTNER_AGENCY","laCode":"873","urn":null,\
                "phase":null,"agencyType":"SOCIAL_CARE","version":3}""".formatted(AGENCY);
    }

    /** The shipped self-assessment template, as GET /api/library/self-assessment-template gives it. */
    public static String assessmentTemplate() {
        return """
                {"libraryVersion":1,"id":"self-assessment-template","title":"Where are we now, and where do we want to be?",\
                "description":"A two-part self-review for a network or partnership.","sourceId":"source-network-leadership-materials",\
                "dimension":{"id":"self-assessment-dimension","prompt":"Which aspect of your network's work are you reviewing?",\
                "suggestions":[{"id":"self-assessment-dimension-focus","refId":"challenge-focus","label":"Focus"},\
                {"id":"self-assessment-dimension-leadership","refId":"benefit-area-leadership","label":"Leadership"}]},\
                "sections":[{"id":"self-assessment-section-now","key":"WHERE_WE_ARE_NOW","title":"Where we are now",\
                "prompt":"Describe honestly how things stand today.","rated":true,"evidenceSlots":7},\
                {"id":"self-assessment-section-goal","key":"WHERE_WE_WANT_TO_BE","title":"Where we want to be",\
                "prompt":"Describe the position you are aiming for.","rated":true,"evidenceSlots":7}],\
                "ratingScale":[{"id":"self-assessment-rating-1","value":1,"label":"Not yet started","description":"Nothing shared is in place yet."},\
                {"id":"self-assessment-rating-2","value":2,"label":"Emerging","description":"Some partners have taken first steps."},\
                {"id":"self-assessment-rating-3","value":3,"label":"Established","description":"Agreed practice across most partners."},\
                {"id":"self-assessment-rating-4","value":4,"label":"Embedded","description":"Shared practice everyone relies on."}]}""";
    }

    /** The one request the fake received for {@code method path} (path without query). */
    public static Received onlyRequest(FakeService service, String method, String path) {
        List<Received> matching = service.received().stream()
                .filter(received -> received.method().equals(method)
                        && received.pathAndQuery().split("\\?")[0].equals(path))
                .toList();
        assertThat(matching).as("requests %s %s", method, path).hasSize(1);
        return matching.getFirst();
    }

    /** Every request the portal made upstream carried the person's own token. */
    public static void everyRequestCarried(String bearer) {
        for (Service service : Service.values()) {
            for (Received received : FakeServices.of(service).received()) {
                assertThat(received.header("Authorization")).as("Authorization on %s %s", received.method(),
                        received.pathAndQuery()).isEqualTo(bearer);
            }
        }
    }
}
