package io.monitoringascode.alerting.config;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfig;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfigBuilder;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.AlertmanagerConfigSpec;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.InhibitRule;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.MuteTimeInterval;
import io.fabric8.openshift.api.model.monitoring.v1alpha1.Receiver;
import io.monitoringascode.alerting.receiver.AlertReceiver;
import io.monitoringascode.alerting.route.MuteInterval;
import io.monitoringascode.alerting.route.RouteNode;
import io.monitoringascode.core.lang.ObjectNames;
import io.monitoringascode.core.value.Fidelity;
import io.monitoringascode.core.value.InvalidModelException;
import io.monitoringascode.core.value.ModelStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * How the alerts of one namespace are routed, grouped, muted and notified: one {@code AlertmanagerConfig}
 * ({@code monitoring.coreos.com/v1alpha1}), which the Prometheus Operator merges into the Alertmanager's
 * configuration as a first-level route that only sees alerts with {@code namespace="<this namespace>"}.
 *
 * <p>Build it, then call {@link #toAlertmanagerConfig()} to get the fabric8 object to check and render:
 * <pre>{@code
 * AlertRouting routing = AlertRouting.builder()
 *     .name("demo-alerts")
 *     .route(RouteNode.builder().receiver("slack").groupWait("30s").build())
 *     .addReceiver(AlertReceiver.builder().name("slack")
 *         .addSlackConfig(SlackNotifier.builder().apiUrl(SecretRef.of("slack-webhook", "url")).build())
 *         .build())
 *     .build();
 * }</pre>
 * Relations between parts (a route naming a receiver that does not exist) are not {@code build()} errors; the checks
 * in {@code AlertingChecks} report them all at once.
 */
@Value.Immutable
@ModelStyle
public abstract class AlertRouting {
  /**
   * Starts an AlertmanagerConfig.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Copies a fabric8 AlertmanagerConfig, refusing to drop any part of it.
   *
   * <p>The value must render back to the same object, apart from what the builders write in one canonical way: a
   * matcher's {@code matchType} (the deprecated {@code regex: true} becomes {@code =~}), a Secret reference's
   * {@code optional: false}, and the order of e-mail {@code headers} and PagerDuty {@code details}. Anything else that
   * would be dropped, such as a misspelt key, is refused.
   *
   * @param config the fabric8 object; not kept
   * @return the routing
   * @throws InvalidModelException if it holds a key the builders do not model (an integration such as Telegram, an
   *     {@code httpConfig}, a misspelt key such as {@code targetmatch}), naming its JSON pointer, or an invalid value
   */
  public static AlertRouting from(AlertmanagerConfig config) {
    ObjectMeta metadata = config.getMetadata() == null ? new ObjectMeta() : config.getMetadata();
    Builder builder = builder()
        .annotations(orEmpty(metadata.getAnnotations()))
        .labels(orEmpty(metadata.getLabels()))
        .namespace(Optional.ofNullable(metadata.getNamespace()));
    Optional.ofNullable(metadata.getName()).ifPresent(builder::name);
    AlertmanagerConfigSpec spec = config.getSpec();
    if (spec != null) {
      if (spec.getInhibitRules() != null) {
        spec.getInhibitRules().forEach(rule -> builder.addInhibitRule(InhibitionRule.from(rule)));
      }
      if (spec.getMuteTimeIntervals() != null) {
        spec.getMuteTimeIntervals().forEach(interval -> builder.addMuteTimeInterval(MuteInterval.from(interval)));
      }
      if (spec.getReceivers() != null) {
        spec.getReceivers().forEach(receiver -> builder.addReceiver(AlertReceiver.from(receiver)));
      }
      builder.route(Optional.ofNullable(spec.getRoute()).map(RouteNode::from));
    }
    AlertRouting routing = builder.build();
    Fidelity.requireLossless("AlertRouting", ImportedTree.asTheBuildersWriteIt(config),
        routing.toAlertmanagerConfig());
    return routing;
  }

  /**
   * Annotations of the object. Renders to {@code metadata.annotations}, sorted by key. Default: empty.
   *
   * @return annotation key to value
   */
  public abstract Map<String, String> annotations();

  /**
   * Labels of the object; the Alertmanager's {@code alertmanagerConfigSelector} picks configs by them. Renders to
   * {@code metadata.labels}, sorted by key. Default: empty.
   *
   * @return label key to value
   */
  public abstract Map<String, String> labels();

  /**
   * The object's name. Renders to {@code metadata.name}.
   *
   * @return a Kubernetes object name such as {@code demo-alerts}
   */
  public abstract String name();

  /**
   * The object's namespace; its alerts are the ones this config routes. Renders to {@code metadata.namespace}.
   * Default: absent, the namespace it is applied to.
   *
   * @return the namespace
   */
  public abstract Optional<String> namespace();

  /**
   * Rules that mute alerts while others fire. Renders to {@code spec.inhibitRules}. Default: empty.
   *
   * @return the inhibition rules
   */
  public abstract List<InhibitionRule> inhibitRules();

  /**
   * Named time intervals that routes refer to. Renders to {@code spec.muteTimeIntervals}. Default: empty.
   *
   * @return the intervals
   */
  public abstract List<MuteInterval> muteTimeIntervals();

  /**
   * The receivers that routes name. Renders to {@code spec.receivers}. Default: empty.
   *
   * @return the receivers
   */
  public abstract List<AlertReceiver> receivers();

  /**
   * The root of the routing tree; it must name a receiver. Renders to {@code spec.route}. Default: absent, which
   * routes nothing (inhibition rules still apply).
   *
   * @return the root route
   */
  public abstract Optional<RouteNode> route();

  /**
   * Validates the object's name and namespace.
   *
   * @throws InvalidModelException naming the attribute and the value
   */
  @Value.Check
  protected void check() {
    if (!ObjectNames.isObjectName(name())) {
      throw new InvalidModelException("`name`: `" + name() + "` is not a Kubernetes object name (lower-case letters,"
          + " digits, `-` and `.`).");
    }
    namespace().ifPresent(namespace -> {
      if (!ObjectNames.isNamespaceName(namespace)) {
        throw new InvalidModelException("`namespace`: `" + namespace + "` is not a namespace name.");
      }
    });
  }

  /**
   * The routing as the fabric8 object to check and render.
   *
   * @return a fresh {@code AlertmanagerConfig}
   */
  public AlertmanagerConfig toAlertmanagerConfig() {
    List<InhibitRule> inhibit = new ArrayList<>();
    inhibitRules().forEach(rule -> inhibit.add(rule.toInhibitRule()));
    List<MuteTimeInterval> intervals = new ArrayList<>();
    muteTimeIntervals().forEach(interval -> intervals.add(interval.toMuteTimeInterval()));
    List<Receiver> fabric8Receivers = new ArrayList<>();
    receivers().forEach(receiver -> fabric8Receivers.add(receiver.toReceiver()));
    ObjectMeta metadata = new ObjectMetaBuilder()
        .withAnnotations(annotations().isEmpty() ? null : new TreeMap<>(annotations()))
        .withLabels(labels().isEmpty() ? null : new TreeMap<>(labels()))
        .withName(name())
        .withNamespace(namespace().orElse(null))
        .build();
    return new AlertmanagerConfigBuilder()
        .withMetadata(metadata)
        .withSpec(new AlertmanagerConfigSpec(inhibit.isEmpty() ? null : inhibit,
            intervals.isEmpty() ? null : intervals, fabric8Receivers.isEmpty() ? null : fabric8Receivers,
            route().map(RouteNode::toRoute).orElse(null)))
        .build();
  }

  private static Map<String, String> orEmpty(Map<String, String> map) {
    return map == null ? Map.of() : map;
  }

  /** Builds an {@link AlertRouting}. */
  public static final class Builder extends ImmutableAlertRouting.Builder {}
}
