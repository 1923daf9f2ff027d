package io.securelink.web;

import io.securelink.core.AuthenticationException;
import io.securelink.core.Base64Url;
import io.securelink.core.DamagedLinkException;
import io.securelink.core.Keys;
import io.securelink.core.LinkKey;
import io.securelink.core.Payload;
import io.securelink.core.SecretCodec;
import io.securelink.web.crypto.WebCrypto;
import io.securelink.web.crypto.WebCryptoUnavailableException;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLAnchorElement;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/**
 * The reveal view. Opening a link only asks for the status, which never consumes the secret (case c02); only the
 * Reveal button does, once. A damaged link, a missing WebCrypto, a wrong passphrase and an unreachable server
 * each get their own message, and none of them burns the secret.
 */
final class RevealPage {

  private final LinkKey key;
  private final SecretCodec codec;
  private final String id;
  private boolean needsPassphrase;
  private boolean busy;

  private RevealPage(LinkKey key, SecretCodec codec) {
    this.key = key;
    this.codec = codec;
    this.id = codec.secretId(key);
  }

  /** Checks the link in {@code fragment} and, if it can be opened here, asks the server for its status. */
  static void start(String fragment) {
    LinkKey key;
    try {
      key = LinkKey.parse(fragment);
    } catch (DamagedLinkException damaged) {
      Notice.show("This link cannot be opened", damaged.getMessage());
      return;
    }
    SecretCodec codec;
    try {
      codec = new SecretCodec(WebCrypto.create());
    } catch (WebCryptoUnavailableException unavailable) {
      Notice.show("This page cannot decrypt here", unavailable.getMessage());
      return;
    }
    Dom.show("reveal-view");
    StatusLine.info("Checking the link…");
    // The id comes from HKDF, which suspends on WebCrypto: everything from here runs on a TeaVM thread.
    Background.run(() -> new RevealPage(key, codec).checkStatus(), "This link could not be checked.", () -> { });
  }

  private void checkStatus() {
    ApiReply reply = Http.send("GET", ApiRequests.secretPath(id), null);
    if (reply.status() == 404) {
      gone();
      return;
    }
    if (reply.status() != 200) {
      StatusLine.error(Messages.failure(reply, "The link could not be checked"));
      return;
    }
    needsPassphrase = reply.isTrue("passphrase");
    String expiresAt = reply.string("expiresAt");
    Dom.text("reveal-intro", expiresAt.isEmpty()
        ? Messages.VIEW_ONCE
        : Messages.VIEW_ONCE + " It expires " + Browser.localTime(expiresAt) + ".");
    Dom.byId("reveal-form").addEventListener("submit", (Event event) -> {
      event.preventDefault();
      reveal();
    });
    HTMLButtonElement button = Dom.byId("reveal-button");
    button.setDisabled(false);
    if (needsPassphrase) {
      Dom.show("reveal-passphrase-group");
      StatusLine.info(Messages.ASK_PASSPHRASE);
      Dom.byId("reveal-passphrase-input").focus();
    } else {
      StatusLine.clear();
      button.focus();
    }
  }

  private void reveal() {
    if (busy) {
      return;
    }
    HTMLInputElement input = Dom.byId("reveal-passphrase-input");
    String passphrase = needsPassphrase ? input.getValue() : null;
    if (needsPassphrase && passphrase.isEmpty()) {
      StatusLine.error(Messages.PASSPHRASE_MISSING);
      input.focus();
      return;
    }
    setBusy(true);
    Background.run(() -> revealWith(passphrase), "The secret could not be revealed.", () -> setBusy(false));
  }

  private void revealWith(String passphrase) {
    StatusLine.info(passphrase != null ? "Checking the passphrase (this takes a moment)…" : "Revealing…");
    Keys keys = codec.keys(key, passphrase);
    ApiReply reply = Http.send("POST", ApiRequests.revealPath(id), ApiRequests.proofs(keys));
    if (reply.status() == 200) {
      // The server has deleted it: whatever happens next, the key in the address bar is of no more use.
      Browser.removeFragment();
      show(open(keys, reply.string("ciphertext")));
    } else if (reply.status() == 404) {
      gone();
    } else if (reply.status() == 403 && "wrong_proof".equals(reply.errorCode())) {
      wrongPassphrase(reply.integer("attemptsLeft"));
    } else {
      StatusLine.error(Messages.failure(reply, "The secret was not revealed"));
    }
  }

  /** Returns the payload, or null after showing why the ciphertext could not be opened. */
  private Payload open(Keys keys, String ciphertext) {
    try {
      return codec.open(keys, Base64Url.decode(ciphertext));
    } catch (AuthenticationException | IllegalArgumentException unreadable) {
      Notice.show("This secret could not be decrypted", Messages.UNREADABLE);
      return null;
    }
  }

  private void show(Payload payload) {
    if (payload == null) {
      return;
    }
    Dom.hide("reveal-view");
    Dom.show("revealed-view");
    if (payload.isText()) {
      String text = payload.text();
      Dom.show("revealed-text-group");
      // textContent, not a textarea's value: it keeps CR LF and NUL exactly as they were sent.
      Dom.text("revealed-secret", text);
      Dom.byId("copy-secret-button").addEventListener("click", event -> copy(text));
      StatusLine.info("Here is the secret. It is now deleted from the server; copy it before you leave.");
      Dom.byId("revealed-secret").focus();
    } else {
      HTMLAnchorElement link = Dom.byId("download-link");
      link.setHref(BrowserFiles.downloadUrl(payload.content()));
      link.setDownload(payload.fileName());
      link.setTextContent("Download " + payload.fileName());
      String type = payload.mediaType().isEmpty() ? "unknown type" : payload.mediaType();
      Dom.text("file-summary", ByteSizes.describe(payload.contentLength()) + ", " + type);
      Dom.show("revealed-file-group");
      StatusLine.info("Here is the file. It is now deleted from the server; save it before you leave.");
      link.focus();
    }
  }

  private void copy(String text) {
    HTMLButtonElement button = Dom.byId("copy-secret-button");
    Clipboard.write(text, succeeded ->
        button.setTextContent(succeeded ? Messages.COPIED : Messages.COPY_SECRET_FAILED));
  }

  private void wrongPassphrase(long attemptsLeft) {
    if (attemptsLeft == 0) {
      Browser.removeFragment();
      Notice.show(Messages.GONE_TITLE, Messages.wrongPassphrase(0));
      return;
    }
    HTMLInputElement input = Dom.byId("reveal-passphrase-input");
    input.setValue("");
    StatusLine.error(Messages.wrongPassphrase(attemptsLeft));
    input.focus();
  }

  private void gone() {
    Browser.removeFragment();
    Notice.show(Messages.GONE_TITLE, Messages.GONE);
  }

  private void setBusy(boolean isBusy) {
    busy = isBusy;
    this.<HTMLButtonElement>element("reveal-button").setDisabled(isBusy);
  }

  private <T extends org.teavm.jso.dom.html.HTMLElement> T element(String elementId) {
    return Dom.byId(elementId);
  }

  @Override
  public String toString() {
    return "RevealPage[redacted]";
  }
}
