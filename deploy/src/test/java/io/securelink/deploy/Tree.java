package io.securelink.deploy;

import java.util.List;
import java.util.Map;

/** Read-only navigation over the parsed template: missing or mistyped nodes read as null or empty, never throw. */
final class Tree {

  private Tree() {}

  /** Returns the node at {@code path} (map keys and list indexes), or null where the path leads nowhere. */
  static Object at(Object root, Object... path) {
    Object node = root;
    for (Object step : path) {
      if (step instanceof String key && node instanceof Map<?, ?> map) {
        node = map.get(key);
      } else if (step instanceof Integer index && node instanceof List<?> list && index < list.size()) {
        node = list.get(index);
      } else {
        return null;
      }
    }
    return node;
  }

  /** Returns the node as a map, or an empty map when it is not one. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node) {
    return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  /** Returns the node as a list; a single value reads as a list of one (as IAM's Action and Resource allow). */
  @SuppressWarnings("unchecked")
  static List<Object> list(Object node) {
    if (node == null) {
      return List.of();
    }
    return node instanceof List<?> list ? (List<Object>) list : List.of(node);
  }

  /** Returns the single argument of intrinsic function {@code name} when the node is one, else null. */
  static Object intrinsic(Object node, String name) {
    if (node instanceof Map<?, ?> map && map.size() == 1) {
      return map.get(name);
    }
    return null;
  }

  /** Returns the target of {@code {"Ref": target}}, or null. */
  static String refTarget(Object node) {
    return intrinsic(node, "Ref") instanceof String target ? target : null;
  }

  /** Returns true when the node is {@code {"Fn::GetAtt": [resource, attribute]}}. */
  static boolean isGetAtt(Object node, String resource, String attribute) {
    return List.of(resource, attribute).equals(intrinsic(node, "Fn::GetAtt"));
  }

  /** Returns true when the node is {@code {"Fn::Sub": text}} with exactly that text. */
  static boolean isSub(Object node, String text) {
    return text.equals(intrinsic(node, "Fn::Sub"));
  }
}
