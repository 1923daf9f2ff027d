package io.securelink.deploy;

import java.util.LinkedHashMap;
import java.util.Map;

/** A parsed template with the look-ups the rules share. */
record Template(Map<String, Object> root) {

  static Template parse(String yamlText) {
    return new Template(CloudFormationYaml.parse(yamlText));
  }

  Map<String, Object> resources() {
    return Tree.map(root.get("Resources"));
  }

  Map<String, Object> parameters() {
    return Tree.map(root.get("Parameters"));
  }

  /** Returns the resources of one type, by logical id, in template order. */
  Map<String, Map<String, Object>> resourcesOfType(String type) {
    Map<String, Map<String, Object>> found = new LinkedHashMap<>();
    resources().forEach((name, resource) -> {
      if (type.equals(Tree.at(resource, "Type"))) {
        found.put(name, Tree.map(resource));
      }
    });
    return found;
  }

  /** Returns the type of a resource, or null when there is no such resource. */
  String typeOf(String logicalId) {
    return Tree.at(resources(), logicalId, "Type") instanceof String type ? type : null;
  }

  /** Returns the node at {@code path} inside a resource's Properties. */
  Object property(String logicalId, Object... path) {
    return Tree.at(Tree.at(resources(), logicalId, "Properties"), path);
  }

  /** Returns true when the node is a Ref to a declared parameter. */
  boolean isParameterRef(Object node) {
    String target = Tree.refTarget(node);
    return target != null && parameters().containsKey(target);
  }

  /** Returns the logical id of the ciphertext bucket: the one the function's SECURELINK_BUCKET names. */
  String ciphertextBucket() {
    for (String function : resourcesOfType("AWS::Serverless::Function").keySet()) {
      String bucket = Tree.refTarget(property(function, "Environment", "Variables", "SECURELINK_BUCKET"));
      if (bucket != null) {
        return bucket;
      }
    }
    return null;
  }
}
