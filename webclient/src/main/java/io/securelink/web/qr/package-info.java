/**
 * A small QR code encoder (ISO/IEC 18004) for the page's link: byte mode, error correction level M, versions 1
 * to 10.
 *
 * <h2>Pipeline</h2>
 * {@link io.securelink.web.qr.QrCode#encode} picks the smallest {@code Version}, builds the data codewords
 * ({@code Codewords}), adds Reed-Solomon codewords per block ({@code ReedSolomon} over {@code GaloisField}),
 * places them in a {@code Matrix} around the function patterns, and keeps the {@code MaskPattern} with the
 * lowest {@code Penalty}.
 *
 * <h2>Why not a library</h2>
 * The page loads no third-party script; this package is platform-free Java that TeaVM compiles into the page's
 * bundle and the JVM tests check against the standard's tables and an independent decoder.
 */
package io.securelink.web.qr;
