package io.securelink.deploy;

import java.util.List;

/** One security or wiring property of the template that the schemas cannot express. */
interface TemplateRule {

  /** Returns one message per way the template breaks the rule; empty when it holds. */
  List<String> check(Template template);
}
