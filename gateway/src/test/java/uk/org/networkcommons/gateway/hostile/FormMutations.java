package uk.org.networkcommons.gateway.hostile;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import uk.org.networkcommons.platform.test.hostile.JsonMutations;

/**
 * jqwik generators of hostile {@code application/x-www-form-urlencoded} bodies, derived from a form as a page renders
 * it and a browser would fill it in: fields left out or sent twice, letters in numbers and dates, dates that do not
 * exist, text 100,000 characters long, right-to-left and combining marks, emoji, NUL and control characters, field
 * names nobody rendered, percent-encoding that does not decode, odd charsets and content types. The CSRF token is not
 * part of the body made here: the fuzzer puts the session's in front of it.
 */
final class FormMutations {

    static final String FORM = "application/x-www-form-urlencoded";

    /** One field of a rendered form, with what kind of input it was rendered as. */
    record Field(String name, String value, Kind kind) {
    }

    enum Kind {
        TEXT, NUMBER, DAY, MONTH, YEAR, HIDDEN, CHOICE
    }

    /** A body to post, what it is (for the failure message), its content type and the values it carries. */
    record FormBody(String description, byte[] bytes, String contentType, List<String> values) {

        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return description + " [" + contentType + ", " + bytes.length + " bytes] "
                    + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
        }
    }

    private FormMutations() {
    }

    static Arbitrary<FormBody> of(List<Field> form) {
        List<Arbitrary<FormBody>> families = new ArrayList<>();
        families.add(Arbitraries.just(encoded("the form as a person fills it in", form)));
        families.add(Arbitraries.just(new FormBody("an empty body", new byte[0], FORM, List.of())));
        families.add(Arbitraries.just(encoded("only the hidden fields",
                form.stream().filter(field -> field.kind() == Kind.HIDDEN).toList())));
        if (!form.isEmpty()) {
            Arbitrary<Integer> which = Arbitraries.integers().between(0, form.size() - 1);
            families.add(which.list().ofMinSize(1).ofMaxSize(form.size()).map(dropped -> {
                List<Field> kept = new ArrayList<>();
                for (int i = 0; i < form.size(); i++) {
                    if (!dropped.contains(i)) {
                        kept.add(form.get(i));
                    }
                }
                return encoded("fields " + dropped + " left out", kept);
            }));
            families.add(Combinators.combine(which, hostileValue()).as((at, value) -> encoded(
                    "field " + form.get(at).name() + " given a hostile value", replaced(form, at, value))));
            families.add(Combinators.combine(which, hostileValue()).as((at, value) -> {
                List<Field> twice = new ArrayList<>(form);
                twice.add(at, new Field(form.get(at).name(), value, form.get(at).kind()));
                return encoded("field " + form.get(at).name() + " sent twice, first with a hostile value", twice);
            }));
            families.add(Combinators.combine(which, wrongType()).as((at, value) -> encoded(
                    "field " + form.get(at).name() + " given the wrong type", replaced(form, at, value))));
            families.add(which.flatMap(at -> shortHostileValue().list().ofMinSize(2).ofMaxSize(40).map(values -> {
                List<Field> many = new ArrayList<>(form);
                values.forEach(value -> many.add(new Field(form.get(at).name(), value, form.get(at).kind())));
                return encoded("field " + form.get(at).name() + " repeated " + values.size() + " times", many);
            })));
        }
        if (form.stream().anyMatch(field -> field.kind() == Kind.DAY)) {
            families.add(Arbitraries.of(IMPOSSIBLE_DATES).map(date -> encoded("the date " + String.join("/", date),
                    form.stream().map(field -> switch (field.kind()) {
                        case DAY -> new Field(field.name(), date.get(0), field.kind());
                        case MONTH -> new Field(field.name(), date.get(1), field.kind());
                        case YEAR -> new Field(field.name(), date.get(2), field.kind());
                        default -> field;
                    }).toList())));
        }
        families.add(Combinators.combine(fieldName(), hostileValue()).as((name, value) -> {
            List<Field> more = new ArrayList<>(form);
            more.add(new Field(name, value, Kind.TEXT));
            return encoded("a field nobody rendered: " + abbreviate(name), more);
        }));
        if (!form.isEmpty()) {
            // one field of about 100,000 characters, all of it still well below the 1 MB limit once encoded
            families.add(Combinators.combine(Arbitraries.integers().between(0, form.size() - 1),
                    Arbitraries.integers().between(90_000, 110_000), Arbitraries.of("a", "é", "\u05d0", "\u0301", " "))
                    .as((at, length, character) -> encoded("field " + form.get(at).name() + " " + length
                            + " characters long", replaced(form, at, character.repeat(length)))));
        }
        families.add(brokenEncoding(form));
        families.add(otherContentType(form));
        return Arbitraries.oneOf(families);
    }

    /** Day, month and year that make no date, or one the portal must not read as four-digit year. */
    static final List<List<String>> IMPOSSIBLE_DATES = List.of(List.of("31", "2", "2027"), List.of("30", "2", "2028"),
            List.of("29", "2", "2027"), List.of("1", "1", "99999"), List.of("1", "1", "-999"), List.of("-1", "3", "2027"),
            List.of("0", "0", "0000"), List.of("1", "13", "2027"), List.of("32", "1", "2027"), List.of("4", "3", "27"),
            List.of("4", "3", "+999"), List.of("4", "3", "2027.0"), List.of("ab", "cd", "efgh"), List.of("", "3", "2027"),
            List.of("4", "", ""), List.of("٤", "٣", "٢٠٢٧"), List.of("4", "March", "2027"), List.of("1e1", "0x3", "2e3"),
            List.of("4", "3", "20 27"), List.of("99999999999", "3", "2027"), List.of("4", "3", "0000"));

    /** Text to put in any field: jqwik's unicode, the platform's hostile strings, and more of the same kind. */
    static Arbitrary<String> hostileValue() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, JsonMutations.hostileString().filter(text -> text.length() <= 120_000)),
                Tuple.of(2, Arbitraries.of(UNICODE)),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(1, Arbitraries.integers().between(99_000, 101_000).map("\u05d0"::repeat)));
        // (an alef is two bytes, six once percent-encoded: 100,000 of them are 600 kB)
    }

    static final List<String> UNICODE = List.of("\u202eRTL override", "مرحبا بالعالم", "שלום עולם",
            "\u200f\u200eRLM and LRM", "👩‍👩‍👧‍👦", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "e\u0301\u0301\u0301", "Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319",
            "\u0000", "a\u0000b", "\u0001\u0007\u001b[31mred", "\r\n\r\nInjected: header", "\ufeffBOM", "\ud800",
            "\udfff", "\u2028\u2029", "\u00a0\u3000", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "${7*7}", "[[${7*7}]]", "__${T(Runtime).getRuntime()}__::.x", "*{7*7}", "#{7*7}",
            "javascript:alert(1)", "%00", "%zz", "../../etc/passwd", "\\\\server\\share");

    /** Hostile text short enough to send many times over. */
    static Arbitrary<String> shortHostileValue() {
        return Arbitraries.oneOf(Arbitraries.of(UNICODE), Arbitraries.strings().all().ofMaxLength(40), wrongType());
    }

    /** What goes in a number or a date that is not one. */
    static Arbitrary<String> wrongType() {
        return Arbitraries.of("abc", "12a", "½", "٣", "①", "+5", "-1", "1e3", "0x1F", "1.5", " 7 ", "",
                "99999999999999999999", "2147483648", "-9223372036854775809", "NaN", "Infinity", "true", "null",
                "[]", "{}", "5;", "5%", "0", "00000000000000000000005");
    }

    /** Names for fields no page renders, including ones binders are known to be fooled by. */
    static Arbitrary<String> fieldName() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.of("", " ", "_csrf", "version", "participants[]", "participants[0]", "now.evidence[0]",
                        "class.module.classLoader.resources.context.parent.pipeline.first.pattern", "__proto__",
                        "constructor[prototype]", "form", "title.length", "a".repeat(10_000), "\u0000", "😀",
                        "x=y", "a&b", "%"));
    }

    /** Percent-encoding that does not decode, pairs without names or values, other separators. */
    private static Arbitrary<FormBody> brokenEncoding(List<Field> form) {
        String valid = encode(form, StandardCharsets.UTF_8);
        String prefix = valid.isEmpty() ? "" : valid + "&";
        return Arbitraries.oneOf(
                Arbitraries.of("%", "a=%", "a=%z", "a=%zz", "%zz=1", "a=%C3%28", "%C3%28=1", "a=%ED%A0%80",
                        "a=%F8%88%80%80%80", "a=%00", "a=%0", "=", "==", "&&&", "=&=", "a", "a=b=c", "a=%2", "%%%",
                        "a=%u0041", "a=%FF%FE", "a=\u00e9", "a=%E2%80%AE").map(tail -> raw(
                        "broken encoding: " + tail, prefix + tail, FORM)),
                Arbitraries.just(raw("; between the fields", valid.replace('&', ';'), FORM)),
                Arbitraries.just(raw("+ for every space and a trailing &", valid.replace("%20", "+") + "&", FORM)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(400).map(bytes -> new FormBody("random bytes",
                        concat(prefix.getBytes(StandardCharsets.UTF_8), bytes), FORM, List.of())));
    }

    /** The same fields under another charset or content type, as a misbehaving client sends them. */
    private static Arbitrary<FormBody> otherContentType(List<Field> form) {
        return Arbitraries.of(
                "application/x-www-form-urlencoded; charset=ISO-8859-1",
                "application/x-www-form-urlencoded; charset=UTF-16",
                "application/x-www-form-urlencoded; charset=no-such-charset",
                "application/x-www-form-urlencoded; charset=\"utf-8\"",
                "application/x-www-form-urlencoded;;;",
                "APPLICATION/X-WWW-FORM-URLENCODED",
                "application/x-www-form-urlencoded; charset=",
                "multipart/form-data; boundary=x",
                "text/plain",
                "application/json",
                "not a media type",
                "").map(type -> {
                    Charset charset = StandardCharsets.UTF_8;
                    if (type.toLowerCase(Locale.ROOT).contains("iso-8859-1")) {
                        charset = StandardCharsets.ISO_8859_1;
                    }
                    return new FormBody("content type '" + type + "'", encode(form, charset).getBytes(
                            StandardCharsets.US_ASCII), type, values(form));
                });
    }

    private static List<Field> replaced(List<Field> form, int at, String value) {
        List<Field> changed = new ArrayList<>(form);
        changed.set(at, new Field(form.get(at).name(), value, form.get(at).kind()));
        return changed;
    }

    private static FormBody encoded(String description, List<Field> fields) {
        return new FormBody(description, encode(fields, StandardCharsets.UTF_8).getBytes(StandardCharsets.US_ASCII),
                FORM, values(fields));
    }

    private static FormBody raw(String description, String body, String contentType) {
        return new FormBody(description, body.getBytes(StandardCharsets.UTF_8), contentType, List.of());
    }

    static String encode(List<Field> fields, Charset charset) {
        return fields.stream().map(field -> URLEncoder.encode(field.name(), charset) + "="
                + URLEncoder.encode(field.value(), charset)).collect(Collectors.joining("&"));
    }

    private static List<String> values(List<Field> fields) {
        return fields.stream().map(Field::value).toList();
    }

    static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream both = new ByteArrayOutputStream(first.length + second.length);
        both.writeBytes(first);
        both.writeBytes(second);
        return both.toByteArray();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
