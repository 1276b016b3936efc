package ca.gc.cpa.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Working tasks over /engine-rest as a Tasklist user would: find the task, complete it with typed values. */
public final class RestTasks {

  private RestTasks() {}

  /** a completion body: name, value pairs typed as the REST API wants them (a "[...]" string is Json) */
  public static Map<String, Object> typed(Object... pairs) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object value = pairs[i + 1];
      String type = value instanceof Integer ? "Integer" : value instanceof Boolean ? "Boolean" : "String";
      if (value instanceof String s && s.startsWith("[")) {
        type = "Json";
      }
      variables.put((String) pairs[i], Map.of("value", value, "type", type));
    }
    return Map.of("variables", variables);
  }

  /** a completion body of name, value pairs */
  public static Map<String, Object> typed(Map<String, ?> values) {
    return typed(values.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray());
  }

  /** the id of the one task of the activity in the instance the user sees, waiting for it up to 30 s */
  public static String taskId(RestUser user, String businessKey, String activity) {
    String query = "/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + activity;
    await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
      var r = user.get(query);
      assertThat(r.json()).as(activity + " visible: " + r.status() + " " + r.body()).hasSize(1);
    });
    JsonNode tasks = user.get(query).json();
    return tasks.get(0).get("id").asText();
  }

  public static void complete(RestUser user, String businessKey, String activity, Map<String, Object> body) {
    var response = user.post("/engine-rest/task/" + taskId(user, businessKey, activity) + "/complete", body);
    assertThat(response.status()).as("completes " + activity + ": " + response.body()).isEqualTo(204);
  }
}
