package io.securelink.backend;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/** The wire contract, pinned: every scenario under {@code events/} with its exact statuses, bodies and headers. */
@ExtendWith(LocalS3.class)
class ContractTest {

  @TestFactory
  Stream<DynamicTest> everyScenarioAnswersExactlyAsPinned(LocalS3 s3) {
    return Fixtures.all().stream().map(file -> DynamicTest.dynamicTest(name(file), () -> Fixtures.run(file, s3)));
  }

  /** Returns the file name and the scenario's description, which names the reported case it pins (e.g. c04). */
  private static String name(Path file) {
    return file.getFileName().toString().replace(".json", "") + ": " + Fixtures.description(file);
  }
}
