package io.securelink.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses CloudFormation YAML into plain maps, lists and scalars, with every short-form intrinsic function
 * ({@code !Ref x}) turned into its long form ({@code {"Ref": "x"}}), the shape the JSON schemas describe.
 *
 * <p>Strict: an unknown tag and a duplicate key are errors, not silently kept or overwritten.
 */
final class CloudFormationYaml {

  /** Short tags whose long form is {@code Fn::<name>}; {@code !Ref} and {@code !Condition} keep their names. */
  private static final List<String> FUNCTIONS = List.of(
      "GetAtt", "Sub", "Join", "If", "Equals", "Not", "And", "Or", "Select", "Split", "FindInMap",
      "ImportValue", "Base64", "Cidr", "GetAZs");

  private CloudFormationYaml() {}

  /** Returns the template as a map; throws {@link IllegalArgumentException} when the text is not valid YAML. */
  static Map<String, Object> parse(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    Yaml yaml = new Yaml(new IntrinsicConstructor(options));
    Object document;
    try {
      document = yaml.load(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("template.yaml is not valid CloudFormation YAML: " + e.getMessage(), e);
    }
    if (!(document instanceof Map)) {
      throw new IllegalArgumentException("template.yaml is not a YAML mapping");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> template = (Map<String, Object>) document;
    return template;
  }

  /** The safe constructor plus one construct per CloudFormation short tag. */
  private static final class IntrinsicConstructor extends SafeConstructor {

    IntrinsicConstructor(LoaderOptions options) {
      super(options);
      yamlConstructors.put(new Tag("!Ref"), new Intrinsic("Ref"));
      yamlConstructors.put(new Tag("!Condition"), new Intrinsic("Condition"));
      for (String function : FUNCTIONS) {
        yamlConstructors.put(new Tag("!" + function), new Intrinsic("Fn::" + function));
      }
      // Any other tag, a misspelled short form included, stays an error: SafeConstructor rejects unknown tags.
    }

    private final class Intrinsic extends AbstractConstruct {
      private final String longName;

      Intrinsic(String longName) {
        this.longName = longName;
      }

      @Override
      public Object construct(Node node) {
        return Map.of(longName, argument(node));
      }

      private Object argument(Node node) {
        if (node instanceof ScalarNode scalar) {
          String value = constructScalar(scalar);
          // "!GetAtt Resource.Attribute" is the short form of [Resource, Attribute]; the attribute may hold dots.
          if (longName.equals("Fn::GetAtt")) {
            int dot = value.indexOf('.');
            return dot < 0 ? List.of(value) : List.of(value.substring(0, dot), value.substring(dot + 1));
          }
          return value;
        }
        if (node instanceof SequenceNode sequence) {
          return new ArrayList<>(constructSequence(sequence));
        }
        return constructMapping((MappingNode) node);
      }
    }
  }
}
