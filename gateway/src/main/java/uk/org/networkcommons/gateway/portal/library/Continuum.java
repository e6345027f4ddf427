package uk.org.networkcommons.gateway.portal.library;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The federation continuum: forms of partnership from the most formal (position 1) to the least. */
public record Continuum(String description, List<Form> forms) {

    public Continuum {
        forms = forms == null ? List.of() : forms.stream().sorted(Comparator.comparingInt(Form::position)).toList();
    }

    /** @param form the network's {@code continuumForm} value this describes, e.g. {@code HARD_FEDERATION} */
    public record Form(String id, String form, String title, String description, int position) {
    }

    public Optional<Form> form(String value) {
        return forms.stream().filter(form -> form.form().equals(value)).findFirst();
    }
}
