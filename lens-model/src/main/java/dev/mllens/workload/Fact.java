package dev.mllens.workload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * The meaning of a workload fact, written once on its record component (or of a section or value type, on
 * the type), with the values it may take. Everything else that describes the fact model is derived from
 * these annotations by {@link FactModel}: the {@link FactDocs} texts, the questions rules ask about facts
 * that were not stated, the {@link WorkloadSchema JSON Schema} and the range checks of
 * {@link InvalidWorkloadException}. To add a fact, add a record component with this annotation (and its
 * builder setter); nothing else needs to be told.
 */
@API(status = API.Status.EXPERIMENTAL)
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT})
public @interface Fact {

    /** What the fact means, as one sentence that completes "State x: ..." questions. */
    String value();

    /** Whether the fact must be stated (only ids are). */
    boolean required() default false;

    /** The smallest value a number may take. */
    double min() default Double.NEGATIVE_INFINITY;

    /** The largest value a number may take. */
    double max() default Double.POSITIVE_INFINITY;
}
