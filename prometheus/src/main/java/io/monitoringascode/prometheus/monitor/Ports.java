package io.monitoringascode.prometheus.monitor;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.monitoringascode.core.value.InvalidModelException;
import java.util.ArrayList;
import java.util.List;

/**
 * Port numbers and names as Kubernetes checks them: a number is 1 to 65535, a container port name is an
 * IANA_SVC_NAME (at most 15 lowercase letters, digits and {@code -}, at least one letter). A name always has a
 * letter, so digits are a number; as int-or-string, a number renders as an integer.
 */
final class Ports {
  private static final int MAX_NAME_LENGTH = 15;
  private static final int MAX_NUMBER = 65535;

  private Ports() {}

  static String text(IntOrString port) {
    return port.getIntVal() != null ? port.getIntVal().toString() : port.getStrVal();
  }

  /** Renders a port {@link #requireNumberOrName checked} by the value's {@code @Value.Check}. */
  static IntOrString intOrString(String port) {
    return isDigits(port) ? new IntOrString(Integer.parseInt(port)) : new IntOrString(port);
  }

  /**
   * Requires a port number ({@code 8080}) or a container port name ({@code http-metrics}).
   *
   * @param attribute the attribute, for the message
   * @param port the value
   * @throws InvalidModelException naming the attribute and the value
   */
  static void requireNumberOrName(String attribute, String port) {
    if (port.isEmpty()) {
      throw new InvalidModelException("`" + attribute + "`: the port is empty; give a port number or name, or leave"
          + " it unset.");
    }
    if (isDigits(port)) {
      String number = port.replaceFirst("^0+(?=.)", "");
      if (number.length() > 5 || !inRange(Integer.parseInt(number))) {
        throw outOfRange(attribute, port);
      }
      if (!number.equals(port)) {
        throw new InvalidModelException("`" + attribute + "`: `" + port + "` is neither a port number (it has leading"
            + " zeros) nor a port name (which needs a letter); write `" + number + "`.");
      }
      return;
    }
    requireName(attribute, port);
  }

  /**
   * Requires a port number from 1 to 65535.
   *
   * @param attribute the attribute, for the message
   * @param port the value
   * @throws InvalidModelException naming the attribute and the value
   */
  static void requireNumber(String attribute, int port) {
    if (!inRange(port)) {
      throw outOfRange(attribute, Integer.toString(port));
    }
  }

  /**
   * Requires a container port name as Kubernetes validates it (IANA_SVC_NAME).
   *
   * @param attribute the attribute, for the message
   * @param name the value
   * @throws InvalidModelException naming the attribute, the value and every rule it breaks
   */
  static void requireName(String attribute, String name) {
    List<String> broken = new ArrayList<>();
    if (name.length() > MAX_NAME_LENGTH) {
      broken.add("it has " + name.length() + " characters, more than " + MAX_NAME_LENGTH);
    }
    if (!name.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
      broken.add("it may hold only lowercase letters, digits and `-`");
    }
    if (name.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
      broken.add("it needs at least one letter");
    }
    if (name.startsWith("-") || name.endsWith("-") || name.contains("--")) {
      broken.add("it may not start or end with `-` or contain `--`");
    }
    if (!broken.isEmpty()) {
      throw new InvalidModelException("`" + attribute + "`: `" + name + "` is not a port name: "
          + String.join("; ", broken) + ".");
    }
  }

  private static boolean inRange(int port) {
    return port >= 1 && port <= MAX_NUMBER;
  }

  private static InvalidModelException outOfRange(String attribute, String port) {
    return new InvalidModelException("`" + attribute + "`: `" + port + "` is not a port number from 1 to " + MAX_NUMBER
        + ".");
  }

  private static boolean isDigits(String port) {
    return !port.isEmpty() && port.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
