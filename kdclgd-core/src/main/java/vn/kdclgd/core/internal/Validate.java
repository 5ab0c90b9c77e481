package vn.kdclgd.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;

import vn.kdclgd.core.service.Kdclgd;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/** Bean Validation of entities with every violation reported as a bilingual problem ({@code KDCL-7001}). */
public final class Validate {
    /** Code of an invalid value. */
    public static final String CODE = "KDCL-7001";
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final MessageInterpolator INTERPOLATOR =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    private Validate() {
    }

    /** Throws when {@code entity} violates a constraint; the where is {@code Type.property}. */
    public static <T> void entity(Kdclgd k, T entity) {
        Set<ConstraintViolation<T>> violations = k.validator().validate(entity);
        if (violations.isEmpty()) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).forEach(v -> {
            MessageInterpolator.Context ctx = new Context(v);
            String vi = INTERPOLATOR.interpolate(v.getMessageTemplate(), ctx, VI);
            String en = INTERPOLATOR.interpolate(v.getMessageTemplate(), ctx, Locale.ENGLISH);
            problems.add(Problem.of(CODE, entity.getClass().getSimpleName() + "." + v.getPropertyPath(), vi, en));
        });
        throw new KdclException(problems);
    }

    private record Context(ConstraintViolation<?> v) implements MessageInterpolator.Context {
        @Override
        public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
            return v.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return v.getInvalidValue();
        }

        @Override
        public <U> U unwrap(Class<U> type) {
            return type.cast(v);
        }
    }
}
