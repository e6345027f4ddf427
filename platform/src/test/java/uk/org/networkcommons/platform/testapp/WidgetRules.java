package uk.org.networkcommons.platform.testapp;

import jakarta.validation.Valid;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/** Bean validation below the web layer, where a violation surfaces as a ConstraintViolationException. */
@Service
@Validated
public class WidgetRules {

    public void check(@Valid WidgetController.Part part) {
        // nothing else to do: the constraint check is the point
    }
}
