package io.securelink.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.securelink.backend.SecurityHeaders;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real template.yaml passes the whole check, in every condition variant. */
class TemplateCheckTest {

  @Test
  void templatePassesTheWholeCheck() {
    List<String> violations = Fixture.check().check(Fixture.templateText());
    assertEquals(List.of(), violations, () -> "template.yaml violations:\n  " + String.join("\n  ", violations));
  }

  @Test
  void bothCustomDomainVariantsAreChecked() {
    List<ConditionVariants.Variant> variants =
        ConditionVariants.of(Template.parse(Fixture.templateText()));
    assertEquals(2, variants.size());
    // Without a custom domain the distribution has no Aliases at all (AWS::NoValue removed the key).
    assertTrue(variants.stream().anyMatch(v -> v.template().property("Distribution", "DistributionConfig",
        "Aliases") == null));
    assertTrue(variants.stream().anyMatch(v -> v.template().property("Distribution", "DistributionConfig",
        "ViewerCertificate", "AcmCertificateArn") != null));
  }

  @Test
  void templateCarriesTheBackendsContentSecurityPolicyVerbatim() {
    Template template = Template.parse(Fixture.templateText());
    assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, template.property("SecurityHeadersPolicy",
        "ResponseHeadersPolicyConfig", "SecurityHeadersConfig", "ContentSecurityPolicy", "ContentSecurityPolicy"));
  }
}
