package io.monitoringascode.core.lang;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a value that may be secret is shown in a finding: a URL keeps only its scheme and host, since webhook URLs carry
 * their token in the path and credentials before the host; anything else is hidden.
 */
public final class SecretText {
  private static final Pattern URL_PREFIX =
      Pattern.compile("(?i)([a-z][a-z0-9+.-]*://)(?:[^/@\\s]*@)?([^/?#@\\s]*)");

  private SecretText() {}

  /**
   * The URL's scheme and host followed by {@code /****}.
   *
   * @param value any text
   * @return for {@code https://user:pw@hooks.slack.com/services/T0/B0/x}, {@code https://hooks.slack.com/****}; empty
   *     when the text is not a URL with a host
   */
  public static Optional<String> maskedUrl(String value) {
    Matcher url = URL_PREFIX.matcher(value);
    if (url.lookingAt() && !url.group(2).isEmpty()) {
      return Optional.of(url.group(1) + url.group(2) + "/****");
    }
    return Optional.empty();
  }

  /**
   * A value masked for display: a URL as {@link #maskedUrl(String)}, anything else as {@code ****}.
   *
   * @param value the secret value
   * @return the masked text
   */
  public static String mask(String value) {
    return maskedUrl(value).orElse("****");
  }
}
