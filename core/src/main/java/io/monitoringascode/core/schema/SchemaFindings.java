package io.monitoringascode.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.monitoringascode.core.finding.Finding;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.RuleId;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.core.lang.ClosestNames;
import io.monitoringascode.core.lang.SecretText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns networknt's errors for one document into findings: one rule id per kind of mistake, a pointer to the value
 * at fault, a message in our voice and a hint. networknt's own message text is used only for rare keywords.
 */
final class SchemaFindings {
  static final RuleId UNKNOWN_FIELD = RuleId.of("schema/unknown-field");
  static final RuleId TYPE = RuleId.of("schema/type");
  static final RuleId REQUIRED = RuleId.of("schema/required");
  static final RuleId ENUM = RuleId.of("schema/enum");
  static final RuleId PATTERN = RuleId.of("schema/pattern");
  static final RuleId INVALID = RuleId.of("schema/invalid");

  /** Prometheus-Operator's {@code Duration} pattern, which gets a hint with an example. */
  static final String DURATION_PATTERN =
      "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$";

  private static final String REJECTED = ", so the API server rejects the object.";
  private static final int SUGGESTED_FIELDS = 5;
  private static final int MAX_VALUE_LENGTH = 80;

  private final String kind;
  private final JsonNode schema;
  private final JsonNode document;

  private SchemaFindings(String kind, JsonNode schema, JsonNode document) {
    this.kind = kind;
    this.schema = schema;
    this.document = document;
  }

  /**
   * Translates networknt's errors into findings.
   *
   * @param kind the document's kind, such as {@code ServiceMonitor}
   * @param schema the closed schema the document was validated against
   * @param document the document
   * @param errors networknt's errors
   * @return the findings, sorted, without duplicates (the same enum under two {@code allOf} branches), without
   *     follow-up findings at a pointer that already has a type finding (an enum check on a value of the wrong type),
   *     and without findings on {@code null} values, which the API server prunes
   */
  static List<Finding> of(String kind, JsonNode schema, JsonNode document, List<Error> errors) {
    SchemaFindings translator = new SchemaFindings(kind, schema, document);
    List<Finding> findings = new ArrayList<>();
    for (Error error : errors) {
      if (!isPrunedNull(error)) {
        findings.add(translator.toFinding(error));
      }
    }
    Set<String> mistyped = findings.stream()
        .filter(f -> f.ruleId().equals(TYPE))
        .map(f -> f.location().pointer())
        .collect(Collectors.toCollection(HashSet::new));
    return List.copyOf(findings.stream()
        .filter(f -> f.ruleId().equals(TYPE) || !mistyped.contains(f.location().pointer()))
        .collect(Collectors.toCollection(TreeSet::new)));
  }

  /**
   * Whether the error is about a {@code null} value of a field that is not nullable. The API server prunes such
   * values before validation, which is what a user who left {@code namespaceSelector:} empty meant, so they are not
   * findings. Unknown and missing fields are about the parent object and stay.
   */
  private static boolean isPrunedNull(Error error) {
    String keyword = error.getKeyword();
    return !keyword.equals("additionalProperties") && !keyword.equals("required")
        && error.getInstanceNode() != null && error.getInstanceNode().isNull();
  }

  private Finding toFinding(Error error) {
    String pointer = pointer(error.getInstanceLocation());
    switch (error.getKeyword()) {
      case "additionalProperties":
        return unknownField(pointer, error.getProperty(), keywordParent(error));
      case "required":
        return required(pointer, error.getProperty());
      case "type":
        return type(pointer, error, keywordParent(error));
      case "enum":
        return enumeration(pointer, error.getSchemaNode());
      case "pattern":
        return pattern(pointer, error.getSchemaNode().asText());
      default:
        return invalid(pointer, error);
    }
  }

  private Finding unknownField(String parent, String name, JsonNode parentSchema) {
    String where = FieldPath.ofSchema(document, parent);
    List<String> allowed = new ArrayList<>();
    parentSchema.path("properties").fieldNames().forEachRemaining(allowed::add);
    String message = "Field `" + name + "` is not part of " + kind + (where.isEmpty() ? "" : " `" + where + "`")
        + ", so the API server drops it and the operator never sees it.";
    Optional<String> closest = ClosestNames.closest(name, allowed);
    String hint;
    if (closest.isPresent() && closest.get().equalsIgnoreCase(name)) {
      hint = "Rename `" + name + "` to `" + closest.get() + "`: field names are case-sensitive.";
    } else if (closest.isPresent()) {
      hint = "Rename `" + name + "` to `" + closest.get() + "`.";
    } else if (allowed.isEmpty()) {
      hint = "Remove it.";
    } else {
      hint = "Remove it, or use one of the nearest fields: " + ClosestNames.ranked(name, allowed).stream()
          .limit(SUGGESTED_FIELDS).map(a -> "`" + a + "`").collect(Collectors.joining(", ")) + ".";
    }
    return finding(UNKNOWN_FIELD, JsonPointers.child(parent, name), message, Optional.of(hint));
  }

  private Finding required(String pointer, String name) {
    String where = FieldPath.of(document, pointer);
    String message = kind + (where.isEmpty() ? "" : " `" + where + "`") + " lacks the required field `" + name + "`"
        + REJECTED;
    String hint = "Add `" + name + "`" + (where.isEmpty() ? "" : " to `" + where + "`") + ".";
    return finding(REQUIRED, pointer, message, Optional.of(hint));
  }

  private Finding type(String pointer, Error error, JsonNode keywordParent) {
    JsonNode value = error.getInstanceNode();
    List<String> expected = new ArrayList<>();
    JsonNode type = error.getSchemaNode();
    if (type.isArray()) {
      type.forEach(t -> expected.add(t.asText()));
    } else {
      expected.add(type.asText());
    }
    // A string where an object is expected is typically a secret written in place of its reference (a Slack `apiURL`,
    // a PagerDuty `routingKey`): the value is never quoted then, so it cannot reach logs through the report.
    String found = value.isTextual() && !expected.contains("string") ? "a string" : describe(value);
    String message = subject(pointer) + " is " + found + " where " + kind + " expects "
        + expected.stream().map(SchemaFindings::withArticle).collect(Collectors.joining(" or ")) + REJECTED;
    Optional<String> hint = Optional.empty();
    JsonNode pattern = keywordParent.path("pattern");
    if (expected.contains("string") && pattern.isTextual()) {
      hint = Optional.of(DURATION_PATTERN.equals(pattern.asText())
          ? "Write a duration string such as `30s` or `1m30s`."
          : "Write a string that matches `" + pattern.asText() + "`.");
    } else if (expected.contains("string") && value.isValueNode()) {
      hint = Optional.of("Quote it: `\"" + value.asText() + "\"`.");
    } else if (value.isTextual() && parsesAs(value.asText(), expected)) {
      hint = Optional.of("Write `" + value.asText() + "` without quotes.");
    }
    return finding(TYPE, pointer, message, hint);
  }

  private Finding enumeration(String pointer, JsonNode allowed) {
    List<String> values = new ArrayList<>();
    allowed.forEach(v -> values.add("`" + v.asText() + "`"));
    String message = subject(pointer) + " is `" + text(valueAt(pointer)) + "`, which " + kind + " does not allow"
        + REJECTED;
    return finding(ENUM, pointer, message, Optional.of("Use one of " + String.join(", ", values) + "."));
  }

  private Finding pattern(String pointer, String regex) {
    String message = subject(pointer) + " is `" + text(valueAt(pointer)) + "`, which does not match the pattern `"
        + regex + "`" + REJECTED;
    Optional<String> hint = DURATION_PATTERN.equals(regex)
        ? Optional.of("Write a duration such as `30s` or `1m30s`: digits with a unit of `ms`, `s`, `m`, `h`, `d`, "
            + "`w` or `y`.")
        : Optional.empty();
    return finding(PATTERN, pointer, message, hint);
  }

  private Finding invalid(String pointer, Error error) {
    JsonNode value = valueAt(pointer);
    String limit = error.getSchemaNode().asText();
    String problem;
    switch (error.getKeyword()) {
      case "minimum":
        problem = " is `" + text(value) + "`, below the minimum of `" + limit + "`";
        break;
      case "maximum":
        problem = " is `" + text(value) + "`, above the maximum of `" + limit + "`";
        break;
      case "minLength":
        problem = value.asText().isEmpty()
            ? " is empty"
            : " is `" + text(value) + "`, shorter than the minimum length of " + limit;
        break;
      case "maxLength":
        problem = " is longer than the maximum length of " + limit;
        break;
      case "minItems":
        problem = " has " + value.size() + " items, fewer than the minimum of " + limit;
        break;
      case "maxItems":
        problem = " has " + value.size() + " items, more than the maximum of " + limit;
        break;
      case "uniqueItems":
        problem = " lists the same value more than once";
        break;
      case "format":
        problem = " is `" + text(value) + "`, which is not a valid " + limit;
        break;
      default:
        problem = " is invalid (" + error.getMessage() + ")";
        break;
    }
    return finding(INVALID, pointer, subject(pointer) + problem + REJECTED, Optional.empty());
  }

  private Finding finding(RuleId rule, String pointer, String message, Optional<String> hint) {
    return new Finding(rule, Severity.ERROR, Location.at(pointer), message, hint);
  }

  private String subject(String pointer) {
    String path = FieldPath.of(document, pointer);
    return path.isEmpty() ? "The " + kind : "Field `" + path + "`";
  }

  private JsonNode valueAt(String pointer) {
    return document.at(pointer);
  }

  /** The schema that holds the failing keyword, such as the object schema of an {@code additionalProperties}. */
  private JsonNode keywordParent(Error error) {
    NodePath fragment = error.getSchemaLocation().getFragment();
    Object[] tokens = new Object[Math.max(0, fragment.getNameCount() - 1)];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = fragment.getElement(i);
    }
    return schema.at(JsonPointers.of(tokens));
  }

  private static String pointer(NodePath path) {
    Object[] tokens = new Object[path.getNameCount()];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = path.getElement(i);
    }
    return JsonPointers.of(tokens);
  }

  private static String describe(JsonNode value) {
    if (value.isObject()) {
      return "an object";
    }
    if (value.isArray()) {
      return "an array";
    }
    String type = value.isTextual() ? "string" : value.isBoolean() ? "boolean"
        : value.isIntegralNumber() ? "integer" : "number";
    return "the " + type + " `" + text(value) + "`";
  }

  private static String withArticle(String type) {
    return type.equals("null") ? "null" : (type.matches("[aeiou].*") ? "an " : "a ") + type;
  }

  private static boolean parsesAs(String text, List<String> types) {
    if (types.contains("boolean") && (text.equals("true") || text.equals("false"))) {
      return true;
    }
    return (types.contains("integer") || types.contains("number")) && text.matches("-?[0-9]+");
  }

  // URLs are shown as scheme and host only: webhook URLs carry their token in the path.
  private static String text(JsonNode value) {
    String text = value.asText();
    return SecretText.maskedUrl(text)
        .orElse(text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH) + "…");
  }
}
