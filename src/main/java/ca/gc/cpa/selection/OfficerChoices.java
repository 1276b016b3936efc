package ca.gc.cpa.selection;

import ca.gc.cpa.domain.Officer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The choice "Nominate an officer" offers: the nominating service's officers free now (a form-js select fed by
 * {@code valuesKey}), each as label and register id. Evaluated when the call reaches the service.
 */
@Component("officerChoices")
public class OfficerChoices {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final OfficerRegister register;

  public OfficerChoices(OfficerRegister register) {
    this.register = register;
  }

  public SpinJsonNode of(String agencyCode) {
    ArrayNode options = JSON.createArrayNode();
    for (Officer o : register.available(agencyCode)) {
      options.addObject().put("label", "%s (%s)".formatted(o.displayName(), o.serviceNumber()))
          .put("value", String.valueOf(o.id()));
    }
    return Spin.JSON(options.toString());
  }
}
