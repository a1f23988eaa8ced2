package io.monitoringascode.core.lang;

import java.util.regex.Pattern;

/**
 * The names Kubernetes gives its objects, as the API server validates them: object and Secret names are DNS-1123
 * subdomains, namespace names DNS-1123 labels.
 */
public final class ObjectNames {
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern SUBDOMAIN = Pattern.compile(LABEL.pattern() + "(\\." + LABEL.pattern() + ")*");

  private ObjectNames() {}

  /**
   * Tells whether a text is a valid object name, such as an AlertmanagerConfig's or a Secret's.
   *
   * @param name the name
   * @return {@code true} for {@code demo-alerts} or {@code slack.webhook}, at most 253 characters; {@code false} for
   *     {@code Slack_Webhook}, {@code -a} or the empty string
   */
  public static boolean isObjectName(String name) {
    return name.length() <= 253 && SUBDOMAIN.matcher(name).matches();
  }

  /**
   * Tells whether a text is a valid namespace name.
   *
   * @param name the name
   * @return {@code true} for {@code monitoring}, at most 63 characters; {@code false} for names with a dot
   */
  public static boolean isNamespaceName(String name) {
    return name.length() <= 63 && LABEL.matcher(name).matches();
  }
}
