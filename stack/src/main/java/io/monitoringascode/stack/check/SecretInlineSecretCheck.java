package io.monitoringascode.stack.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.monitoringascode.core.check.Check;
import io.monitoringascode.core.check.CheckContext;
import io.monitoringascode.core.check.FindingSink;
import io.monitoringascode.core.check.RuleInfo;
import io.monitoringascode.core.finding.JsonPointers;
import io.monitoringascode.core.finding.Location;
import io.monitoringascode.core.finding.Severity;
import io.monitoringascode.stack.layout.RenderedDocument;
import java.util.Iterator;
import java.util.List;

/**
 * A {@code Secret} with values in the output tree: they would be committed to Git in plaintext (base64 is not
 * encryption). Secrets belong in the cluster, created by a secret manager or by hand, and are referenced by name.
 */
public final class SecretInlineSecretCheck implements Check<List<RenderedDocument>> {
  private static final RuleInfo INFO = RuleInfo.of("secret/inline-secret", Severity.ERROR,
      "A Secret object with values would be written into the output tree in plaintext.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(List<RenderedDocument> documents, CheckContext context, FindingSink sink) {
    for (RenderedDocument document : documents) {
      if (!document.kind().equals("Secret") || !"v1".equals(document.tree().path("apiVersion").asText())) {
        continue;
      }
      for (String field : List.of("data", "stringData")) {
        JsonNode values = document.tree().path(field);
        for (Iterator<String> keys = values.fieldNames(); keys.hasNext(); ) {
          String key = keys.next();
          if (values.path(key).asText("").isEmpty()) {
            continue;
          }
          sink.at(Location.in(document.file(), 0, JsonPointers.of(field, key)))
              .error("Secret `" + document.name() + "` carries a value for `" + key
                  + "`, which would be written to the output tree and committed in plaintext.")
              .hint("Create the Secret in the cluster (`kubectl create secret generic " + document.name()
                  + " --from-literal=" + key + "=...`) and leave it out of the stack, or call"
                  + " `allowPlaintextSecrets(true)` on the stack builder if this value is not sensitive.");
        }
      }
    }
  }
}
