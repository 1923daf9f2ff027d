/**
 * The WebCrypto binding of {@link io.securelink.core.Crypto}, for the page compiled by TeaVM.
 *
 * <h2>Parts</h2>
 * <ul>
 *   <li>{@link io.securelink.web.crypto.WebCrypto}: the binding; {@code create()} refuses to run without a secure
 *       context, {@code crypto.getRandomValues} and {@code crypto.subtle}.
 *   <li>{@link io.securelink.web.crypto.WebCryptoAvailability}: what is missing, in words for the user.
 *   <li>{@code Subtle}: the JSO declarations of the few {@code crypto.subtle} calls used.
 *   <li>{@code Promises}: awaits a promise and keeps the DOMException name of a rejection, so a failed tag
 *       ({@code OperationError}) becomes an {@link io.securelink.core.AuthenticationException} and anything
 *       else an {@link java.lang.IllegalStateException} naming the operation.
 * </ul>
 *
 * <h2>Threads</h2>
 * WebCrypto is asynchronous; these methods suspend the calling TeaVM thread, so callers run them on
 * {@code new Thread(...)}, never directly in a DOM event listener.
 *
 * <h2>Tests</h2>
 * {@code WebCryptoBrowserTest} (src/test) runs a TeaVM build of {@code io.securelink.web.selftest} in headless
 * Chromium: published known answers, the format vectors, round trips, tampering and JVM/browser interop.
 */
package io.securelink.web.crypto;
