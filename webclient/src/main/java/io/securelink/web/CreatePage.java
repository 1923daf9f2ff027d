package io.securelink.web;

import io.securelink.core.LinkKey;
import io.securelink.core.Payload;
import io.securelink.core.Sealed;
import io.securelink.core.SecretCodec;
import io.securelink.web.crypto.WebCrypto;
import io.securelink.web.crypto.WebCryptoAvailability;
import io.securelink.web.crypto.WebCryptoUnavailableException;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;
import org.teavm.jso.file.File;

/**
 * The create view: checks the input, seals it in the browser, uploads the ciphertext, then shows the link, its
 * QR code, a copy button and a revoke button. One payload per link: a chosen file, otherwise the text.
 */
final class CreatePage {

  private boolean busy;
  /** The secret this page created, kept so that it can be revoked; null before creation. */
  private CreatedSecret created;

  private CreatePage() {}

  /** Shows the create view and wires its controls. */
  static void start() {
    CreatePage page = new CreatePage();
    Dom.show("create-view");
    Dom.hide("home-link");
    HTMLElement form = Dom.byId("create-form");
    form.addEventListener("submit", (Event event) -> {
      event.preventDefault();
      page.submit();
    });
    Dom.byId("file-input").addEventListener("change", event -> page.describeChosenFile());
    Dom.byId("file-clear-button").addEventListener("click", event -> page.clearFile());
    Dom.byId("copy-link-button").addEventListener("click", event -> page.copyLink());
    Dom.byId("revoke-button").addEventListener("click", event -> page.revoke());
    Dom.byId("new-secret-button").addEventListener("click", event -> page.startOver());
    Dom.text("file-limit", "Up to " + ContentLimit.limitText() + ". A chosen file is shared instead of the text.");
    WebCryptoAvailability availability = WebCrypto.availability();
    if (!availability.isAvailable()) {
      StatusLine.error(availability.problem());
    }
  }

  private void submit() {
    if (busy) {
      return;
    }
    File file = chosenFile();
    String text = this.<HTMLTextAreaElement>element("secret-input").getValue();
    String problem = inputProblem(file, text);
    if (problem != null) {
      StatusLine.error(problem);
      return;
    }
    SecretCodec codec;
    try {
      codec = new SecretCodec(WebCrypto.create());
    } catch (WebCryptoUnavailableException unavailable) {
      StatusLine.error(unavailable.getMessage());
      return;
    }
    int expiresIn;
    try {
      expiresIn = Expiry.parseSeconds(this.<HTMLSelectElement>element("expiry-select").getValue());
    } catch (IllegalArgumentException badChoice) {
      StatusLine.error(badChoice.getMessage());
      return;
    }
    String passphrase = this.<HTMLInputElement>element("passphrase-input").getValue();
    CreateRequest request = new CreateRequest(file, text, passphrase.isEmpty() ? null : passphrase, expiresIn);
    setBusy(true);
    Background.run(() -> create(codec, request), "Something went wrong; nothing was shared.",
        () -> setBusy(false));
  }

  /** Returns what keeps this input from being shared, checked before anything is read or encrypted. */
  private static String inputProblem(File file, String text) {
    if (file != null) {
      return ContentLimit.fileProblem(BrowserFiles.size(file));
    }
    return Payload.isBlank(text) ? Messages.NOTHING_TO_SHARE : null;
  }

  /** Runs on a TeaVM thread: WebCrypto and the upload suspend it. */
  private void create(SecretCodec codec, CreateRequest request) {
    Payload payload;
    try {
      payload = request.file != null ? readFile(request.file) : Payload.text(request.text);
    } catch (IllegalArgumentException | IllegalStateException refused) {
      StatusLine.error(refused.getMessage());
      return;
    }
    Progress.indeterminate(request.passphrase != null
        ? "Encrypting (deriving a key from the passphrase takes a moment)…" : "Encrypting…");
    Sealed sealed = codec.seal(payload, request.passphrase);
    Progress.percent("Uploading the encrypted secret…", 0);
    ApiReply reply = Http.send("POST", ApiRequests.SECRETS, ApiRequests.create(sealed, request.expiresIn),
        Http.UPLOAD_TIMEOUT_MILLIS,
        (loaded, total) -> Progress.percent("Uploading the encrypted secret…", (int) (loaded * 100 / total)));
    Progress.done();
    if (reply.status() != 201) {
      StatusLine.error(Messages.failure(reply, "Nothing was shared"));
      return;
    }
    created = new CreatedSecret(codec, sealed.key(), request.passphrase);
    showLink(sealed, reply.string("expiresAt"), request.file != null);
  }

  private static Payload readFile(File file) {
    Progress.indeterminate("Reading the file…");
    byte[] content = BrowserFiles.read(file);
    // The file may have grown since it was chosen: the limit is checked again on what was actually read.
    return Payload.file(file.getName(), BrowserFiles.mediaType(file), content);
  }

  private void showLink(Sealed sealed, String expiresAt, boolean isFile) {
    String link = sealed.link(Browser.origin());
    this.<HTMLTextAreaElement>element("secret-input").setValue("");
    this.<HTMLInputElement>element("passphrase-input").setValue("");
    clearFile();
    Dom.hide("create-view");
    Dom.show("result-view");
    this.<HTMLInputElement>element("link-output").setValue(link);
    QrCanvas.draw("link-qr", link);
    String what = isFile ? "The file" : "The text";
    Dom.text("result-details", expiresAt.isEmpty()
        ? what + " is stored encrypted."
        : what + " is stored encrypted until " + Browser.localTime(expiresAt) + ", unless it is opened first.");
    StatusLine.info(sealed.hasPassphrase() ? Messages.READY_WITH_PASSPHRASE : Messages.READY);
    Dom.byId("link-output").focus();
  }

  private void copyLink() {
    HTMLInputElement output = element("link-output");
    HTMLButtonElement button = element("copy-link-button");
    Clipboard.write(output.getValue(), succeeded -> {
      button.setTextContent(succeeded ? Messages.COPIED : Messages.COPY_FAILED);
      if (!succeeded) {
        output.focus();
        output.select();
      }
    });
  }

  private void revoke() {
    if (busy || created == null) {
      return;
    }
    CreatedSecret secret = created;
    setBusy(true);
    Background.run(() -> {
      StatusLine.info("Revoking…");
      ApiReply reply = secret.revoke();
      if (reply.status() == 204) {
        linkStopped(Messages.REVOKED);
      } else if (reply.status() == 404) {
        linkStopped(Messages.GONE);
      } else {
        StatusLine.error(Messages.failure(reply, "The secret was not revoked"));
      }
    }, "Something went wrong; the secret was not revoked.", () -> setBusy(false));
  }

  private void linkStopped(String message) {
    created = null;
    QrCanvas.clear("link-qr");
    this.<HTMLInputElement>element("link-output").setValue("");
    Dom.hide("link-actions");
    StatusLine.info(message);
  }

  private void startOver() {
    created = null;
    QrCanvas.clear("link-qr");
    this.<HTMLInputElement>element("link-output").setValue("");
    this.<HTMLButtonElement>element("copy-link-button").setTextContent("Copy link");
    Dom.show("link-actions");
    Dom.hide("result-view");
    Dom.show("create-view");
    StatusLine.clear();
    Dom.byId("secret-input").focus();
  }

  private void describeChosenFile() {
    File file = chosenFile();
    if (file == null) {
      Dom.text("file-details", "");
      Dom.hide("file-clear-button");
      return;
    }
    Dom.text("file-details", file.getName() + ", " + ByteSizes.describe((long) BrowserFiles.size(file))
        + ". The file is shared; the text box is not.");
    Dom.show("file-clear-button");
    String problem = ContentLimit.fileProblem(BrowserFiles.size(file));
    if (problem != null) {
      StatusLine.error(problem);
    } else {
      StatusLine.clear();
    }
  }

  private void clearFile() {
    this.<HTMLInputElement>element("file-input").setValue("");
    describeChosenFile();
  }

  private File chosenFile() {
    HTMLInputElement input = element("file-input");
    return input.getFiles() == null || input.getFiles().getLength() == 0 ? null : input.getFiles().item(0);
  }

  private void setBusy(boolean isBusy) {
    busy = isBusy;
    this.<HTMLButtonElement>element("create-button").setDisabled(isBusy);
    this.<HTMLButtonElement>element("revoke-button").setDisabled(isBusy);
  }

  private <T extends HTMLElement> T element(String id) {
    return Dom.byId(id);
  }

  /** What the form held when the user submitted it. */
  private static final class CreateRequest {
    final File file;
    final String text;
    final String passphrase;
    final int expiresIn;

    CreateRequest(File file, String text, String passphrase, int expiresIn) {
      this.file = file;
      this.text = text;
      this.passphrase = passphrase;
      this.expiresIn = expiresIn;
    }
  }

  /** The created secret's link key and passphrase: enough to derive the revoke proof, and only held here. */
  private static final class CreatedSecret {
    private final SecretCodec codec;
    private final LinkKey key;
    private final String passphrase;

    CreatedSecret(SecretCodec codec, LinkKey key, String passphrase) {
      this.codec = codec;
      this.key = key;
      this.passphrase = passphrase;
    }

    /** Sends the revoke call with the proof; runs PBKDF2 again when there is a passphrase. */
    ApiReply revoke() {
      String id = codec.secretId(key);
      return Http.send("DELETE", ApiRequests.secretPath(id), ApiRequests.proofs(codec.keys(key, passphrase)));
    }

    @Override
    public String toString() {
      return "CreatedSecret[redacted]";
    }
  }
}
