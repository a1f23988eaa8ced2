package io.monitoringascode.alerting.assembly;

import io.monitoringascode.alerting.config.ExampleRouting;
import io.monitoringascode.core.render.Canonical;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The shop example merged into a base configuration shaped like the chart's default; Alertmanager in monitoring. */
final class Shop {
  static final String BASE = """
      global:
        resolve_timeout: 5m
      inhibit_rules:
        - source_matchers: ['severity = critical']
          target_matchers: ['severity =~ warning|info']
          equal: [namespace, alertname]
        - source_matchers: ['alertname = InfoInhibitor']
          target_matchers: ['severity = info']
          equal: [namespace]
      route:
        group_by: ['namespace']
        group_wait: 30s
        group_interval: 5m
        repeat_interval: 12h
        receiver: 'null'
        routes:
        - receiver: 'null'
          matchers: ['alertname = "Watchdog"']
      receivers:
      - name: 'null'
      templates:
      - '/etc/alertmanager/config/*.tmpl'
      """;

  private Shop() {}

  static BaseConfig base() {
    try {
      return BaseConfig.read(Canonical.yamlReader().readTree(BASE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AssembledConfig assembled(MatcherStrategy strategy) {
    return AlertmanagerAssembly.assemble(base(), List.of(ExampleRouting.shop()), strategy, "monitoring");
  }
}
