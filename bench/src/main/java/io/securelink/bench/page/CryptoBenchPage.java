package io.securelink.bench.page;

import io.securelink.core.LinkKey;
import io.securelink.core.Payload;
import io.securelink.core.Sealed;
import io.securelink.core.SecretCodec;
import io.securelink.web.crypto.WebCrypto;
import java.util.Arrays;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Performance;

/**
 * The client's half of the browser crypto benchmark page, compiled by TeaVM with the page's settings into
 * js/client.js: {@link SecretCodec} over {@link WebCrypto}, called as the page calls it, on a TeaVM thread, timed
 * with {@code performance.now()}. The plain-JS baseline sits beside it in js/raw-webcrypto.js.
 *
 * <p>It exports {@code window.securelinkClient.sealOpen(contentBytes, iterations, done)} and
 * {@code window.securelinkClient.passphraseKeys(done)}; each calls {@code done} with {@code "ok <milliseconds>"}
 * or {@code "fail <reason>"}. Before timing, one round trip is checked byte for byte, so a fast wrong answer
 * cannot pass as a figure.
 */
public final class CryptoBenchPage {

  /** The passphrase of the timed key derivation; any non-empty one runs the same PBKDF2. */
  private static final String PASSPHRASE = "correct horse battery staple";

  private CryptoBenchPage() {}

  /** Called back with the outcome of one timed run. */
  @JSFunctor
  interface Done extends JSObject {
    void finish(String outcome);
  }

  /** {@code sealOpen(contentBytes, iterations, done)}. */
  @JSFunctor
  interface SealOpenRun extends JSObject {
    void run(int contentBytes, int iterations, Done done);
  }

  /** {@code passphraseKeys(done)}. */
  @JSFunctor
  interface KeysRun extends JSObject {
    void run(Done done);
  }

  /** Work that returns how many milliseconds its timed part took. */
  private interface Timed {
    double milliseconds() throws Exception;
  }

  public static void main(String[] args) {
    export(CryptoBenchPage::sealOpen, CryptoBenchPage::passphraseKeys);
  }

  @JSBody(
      params = {"sealOpen", "passphraseKeys"},
      script = "window.securelinkClient = {sealOpen: sealOpen, passphraseKeys: passphraseKeys};")
  private static native void export(SealOpenRun sealOpen, KeysRun passphraseKeys);

  private static void sealOpen(int contentBytes, int iterations, Done done) {
    runOnThread(() -> timeSealOpen(contentBytes, iterations), done);
  }

  private static void passphraseKeys(Done done) {
    runOnThread(CryptoBenchPage::timePassphraseKeys, done);
  }

  /** WebCrypto suspends on promises, which TeaVM allows only on a thread it started. */
  private static void runOnThread(Timed work, Done done) {
    new Thread(() -> {
      String outcome;
      try {
        outcome = "ok " + work.milliseconds();
      } catch (Throwable failure) {
        outcome = "fail " + failure.getClass().getName() + ": " + failure.getMessage();
      }
      done.finish(outcome);
    }).start();
  }

  /** Seals a file of {@code contentBytes} random bytes and opens it again, {@code iterations} times. */
  private static double timeSealOpen(int contentBytes, int iterations) throws Exception {
    WebCrypto crypto = WebCrypto.create();
    SecretCodec codec = new SecretCodec(crypto);
    byte[] content = crypto.randomBytes(contentBytes);
    Payload payload = Payload.file("bench.bin", "application/octet-stream", content);
    Sealed checked = codec.seal(payload, null);
    if (!Arrays.equals(content, codec.open(codec.keys(checked.key(), null), checked.envelope()).content())) {
      throw new IllegalStateException("the opened content differs from the sealed content");
    }
    double start = Performance.now();
    for (int i = 0; i < iterations; i++) {
      Sealed sealed = codec.seal(payload, null);
      Payload opened = codec.open(codec.keys(sealed.key(), null), sealed.envelope());
      if (opened.contentLength() != contentBytes) {
        throw new IllegalStateException("opened " + opened.contentLength() + " bytes of " + contentBytes);
      }
    }
    return Performance.now() - start;
  }

  /** Derives the keys of a passphrase-protected link once: what the page runs before a reveal (PBKDF2 dominates). */
  private static double timePassphraseKeys() throws Exception {
    SecretCodec codec = new SecretCodec(WebCrypto.create());
    LinkKey key = codec.seal(Payload.text("benchmark"), null).key();
    double start = Performance.now();
    String proof = codec.keys(key, PASSPHRASE).proof();
    double elapsed = Performance.now() - start;
    if (proof.isEmpty()) {
      throw new IllegalStateException("no proof derived");
    }
    return elapsed;
  }
}
