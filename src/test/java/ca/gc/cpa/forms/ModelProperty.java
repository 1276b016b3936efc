package ca.gc.cpa.forms;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** An extension property (camunda:properties) put on a flow node of a model a test builds. */
final class ModelProperty {

  private ModelProperty() {}

  static void add(BpmnModelInstance model, String nodeId, String name, String value) {
    FlowNode node = model.getModelElementById(nodeId);
    CamundaProperties properties = model.newInstance(CamundaProperties.class);
    CamundaProperty property = model.newInstance(CamundaProperty.class);
    property.setCamundaName(name);
    property.setCamundaValue(value);
    properties.addChildElement(property);
    node.builder().addExtensionElement(properties);
  }
}
