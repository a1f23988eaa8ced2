package io.monitoringascode.alerting.assembly;

import io.monitoringascode.alerting.receiver.AlertReceiver;

/**
 * A receiver of an AlertmanagerConfig under the name the operator gives it.
 *
 * @param name {@code <namespace>/<config name>/<receiver name>}
 * @param namespace the namespace whose Secrets the receiver references
 * @param receiver the receiver as written
 */
record NamespacedReceiver(String name, String namespace, AlertReceiver receiver) {}
