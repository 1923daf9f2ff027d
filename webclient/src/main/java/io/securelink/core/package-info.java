/**
 * SecureLink's platform-free client core: the wire format of docs/FORMAT.md, one class per section.
 *
 * <h2>Format</h2>
 * {@link io.securelink.core.LinkKey} (link and fragment), {@link io.securelink.core.Base64Url},
 * {@code KeyDerivation} (id, passphrase, AES key, proof), {@link io.securelink.core.Payload},
 * {@code Padding}, {@link io.securelink.core.Envelope}.
 *
 * <h2>Entry point</h2>
 * {@link io.securelink.core.SecretCodec} over a {@link io.securelink.core.Crypto} binding; it picks every
 * secret and nonce itself. Opening fails only with {@link io.securelink.core.AuthenticationException}, whose
 * message never says what was wrong.
 *
 * <h2>Portability</h2>
 * The same code runs on the JVM and, compiled by TeaVM, in the browser, so it uses only {@code java.lang} and
 * {@code java.util} collections: no regex, {@code String.format}, streams, {@code java.util.Base64} or
 * platform charsets (each adds weight to the bundle or behaves differently there).
 */
package io.securelink.core;
