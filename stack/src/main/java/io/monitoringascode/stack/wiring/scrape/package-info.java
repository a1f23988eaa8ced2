/**
 * Wiring checks of scrape targets: does each ServiceMonitor select a Service, each PodMonitor a pod template, and does
 * each endpoint name a port they have. {@link io.monitoringascode.stack.wiring.scrape.TargetIndex} reads the Services
 * and workloads of a {@link io.monitoringascode.stack.wiring.StackView} once; the checks ask it what a monitor selects
 * and stay silent when the view cannot know.
 */
package io.monitoringascode.stack.wiring.scrape;
