package io.securelink.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The deployments a template can become: one variant per true/false assignment of its Conditions, with every
 * {@code Fn::If} replaced by the chosen branch, {@code AWS::NoValue} removed, and resources and outputs whose
 * condition is false dropped.
 *
 * <p>Each condition is taken as free, which covers every real deployment (and possibly some impossible ones, so a
 * rule must hold in all of them). Validating variants lets the strict schemas see inside both branches.
 */
final class ConditionVariants {

  /** 2^6 variants at most; a template with more conditions needs a smarter check, not a slower one. */
  private static final int MAX_CONDITIONS = 6;

  private static final Object NO_VALUE = new Object();

  private ConditionVariants() {}

  /** One assignment and the template it yields. */
  record Variant(Map<String, Boolean> conditions, Template template) {
    String label() {
      return conditions.isEmpty() ? "" : "[conditions " + conditions + "]";
    }
  }

  /** Returns every variant of the template; a template without conditions has exactly one. */
  static List<Variant> of(Template template) {
    List<String> names = new ArrayList<>(Tree.map(template.root().get("Conditions")).keySet());
    if (names.size() > MAX_CONDITIONS) {
      throw new IllegalArgumentException("template has " + names.size() + " conditions, the check handles "
          + MAX_CONDITIONS);
    }
    List<Variant> variants = new ArrayList<>();
    for (int bits = 0; bits < 1 << names.size(); bits++) {
      Map<String, Boolean> assignment = new TreeMap<>();
      for (int i = 0; i < names.size(); i++) {
        assignment.put(names.get(i), (bits & (1 << i)) != 0);
      }
      variants.add(new Variant(assignment, resolve(template, assignment)));
    }
    return variants;
  }

  private static Template resolve(Template template, Map<String, Boolean> assignment) {
    @SuppressWarnings("unchecked")
    Map<String, Object> root = (Map<String, Object>) resolve(template.root(), assignment);
    for (String section : List.of("Resources", "Outputs")) {
      Tree.map(root.get(section)).values().removeIf(entry ->
          Tree.at(entry, "Condition") instanceof String condition && !assignment.getOrDefault(condition, false));
    }
    return new Template(root);
  }

  /** Returns a copy of the node with the assignment applied; unknown conditions read as false (ReferenceCheck
   *  reports them). */
  private static Object resolve(Object node, Map<String, Boolean> assignment) {
    List<Object> ifArguments = Tree.list(Tree.intrinsic(node, "Fn::If"));
    if (ifArguments.size() == 3 && ifArguments.get(0) instanceof String condition) {
      return resolve(ifArguments.get(assignment.getOrDefault(condition, false) ? 1 : 2), assignment);
    }
    if ("AWS::NoValue".equals(Tree.refTarget(node))) {
      return NO_VALUE;
    }
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((key, value) -> {
        Object resolved = resolve(value, assignment);
        if (resolved != NO_VALUE) {
          copy.put(String.valueOf(key), resolved);
        }
      });
      return copy;
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      for (Object item : list) {
        Object resolved = resolve(item, assignment);
        if (resolved != NO_VALUE) {
          copy.add(resolved);
        }
      }
      return copy;
    }
    return node;
  }
}
