package io.monitoringascode.core.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one value style of every model type in this project.
 *
 * <p>The generated {@code ImmutableX} class stays package-private and is hidden behind the abstract type
 * ({@code overshadowImplementation}); builders and {@code with*} methods return the documented type. Only JDK types
 * appear in signatures ({@code jdkOnly}), plural attributes get singular adders ({@code depluralize}), secret-bearing
 * attributes marked {@code @Value.Redacted} print as {@code ****}, and a missing mandatory attribute raises
 * {@link InvalidModelException} naming it.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"endpoint:endpoints", "rule:rules", "matcher:matchers", "receiver:receivers",
        "route:routes", "podMetricsEndpoint:podMetricsEndpoints"},
    defaults = @Value.Immutable(copy = true),
    redactedMask = "****",
    throwForInvalidImmutableState = InvalidModelException.class,
    allParameters = false)
public @interface ModelStyle {}
